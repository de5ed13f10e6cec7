import KVOModel
import KVOChecks
import KVOReports

extension CommandSpec {
    static let check = CommandSpec(
        name: "check", group: .handbook,
        summary: Message(en: "check the dossier against the handbook's rules", nl: "het dossier toetsen aan de regels van het handboek"),
        syntax: [.words(CheckArguments.patterns, .ruleID), .output(Slot.tableFormats + ["junit", "xlsx"])],
        options: [OptionSpec(SlotName.asOf, value: .text, summary: Message(en: "judge as of this date (default: the session's date)",
                                                                    nl: "beoordeel per deze datum (standaard: de datum van de sessie)")),
                  OptionSpec(CheckArguments.audit, value: .choice(OrganisationRecord.Certification.allCases.map(\.rawValue)), summary: Message(en: "judge for a first certification or a renewal",
                                                                                             nl: "beoordeel voor een eerste certificering (first) of een hercertificering (renewal)")),
                  OptionSpec(CheckArguments.failOnWarn, summary: Message(en: "count warnings as failures for the exit code",
                                                              nl: "tel waarschuwingen als niet voldaan voor de exitcode")),
                  OptionSpec(CheckArguments.status, value: .text, summary: Message(en: "show only rules with these statuses, separated by commas: fail, warn, not (not assessable), pass, na, waived, info",
                                                                      nl: "toon alleen regels met deze status, gescheiden door komma's: fail, warn, not (niet te beoordelen), pass, na, waived, info")),
                  OptionSpec(CheckArguments.trail, summary: Message(en: "for one rule: the records and fields its verdict read, with their values",
                                                       nl: "voor één regel: de gegevens en velden die het oordeel las, met hun waarden"))],
        example: "check KVO-4.1.* --as-of 2025-03-01",
        details: Message(en: "One line per rule with its ID, §, status and a sentence with the evidence; for a failure what is short. PATTERN selects rules by ID (KVO-4.1.*) or paragraph (§4.1). In a script or -c, a failed must makes kvo exit with 1 (--fail-on-warn: a warning too); the script goes on. Waived rules (see waive) count apart.",
                         nl: "Eén regel per eis met ID, §, status en een zin met de onderbouwing; bij niet voldaan wat er ontbreekt. PATROON kiest regels op ID (KVO-4.1.*) of paragraaf (§4.1). In een script of met -c eindigt kvo met exitcode 1 als een eis niet is voldaan (met --fail-on-warn ook bij een waarschuwing); het script gaat door. Regels met een ontheffing (zie ontheffen) worden apart geteld."),
        arguments: CheckArguments.self,
        run: { arguments, context in
            let statusWord = arguments.status
            let w = try context.workspace()
            let wanted = try statusWord.map { try CheckRun.statuses($0, context: context) }
            let trail = arguments.trail ? FieldTrail() : nil
            let (all, language) = try CheckRun(context: context, workspace: w, patterns: arguments.patterns, audit: arguments.audit, trail: trail).run()
            // The exit code is the dossier's, whatever the filter shows.
            let failed = CheckReport(results: all, language: language).failed(failOnWarn: arguments.failOnWarn)
            let results = wanted.map { w in all.filter { w.contains($0.status) } } ?? all
            let report = CheckReport(results: results, language: language)
            let failOnWarn = arguments.failOnWarn
            // One table for every format that is one; md names its first column ID and marks the §.
            let table = Table(headers: CheckReport.headers.map { $0.text(language) },
                              rows: results.map { [$0.rule.id, $0.rule.paragraph, CheckReport.label($0.status, language), report.sentence($0)] })
            switch context.outputFormat() {
            case .junit:
                context.write(JUnitWriter.declaration + JUnitWriter.suite(report, name: w.displayName, failOnWarn: failOnWarn))
            case .md:
                let headers = [Message.verbatim("ID")] + CheckReport.headers.dropFirst()
                let marked = Table(headers: headers.map { $0.text(language) }, rows: table.rows.map { [$0[0], "§" + $0[1], $0[2], $0[3]] })
                context.write(marked.markdown + "\n" + report.summary + "\n")
            case .xlsx:
                var sheet = Workbook.Sheet(name: Message(en: "Check", nl: "Controle").text(language),
                                           table: Table(headers: table.headers, rows: table.rows.map { [$0[0], "§" + $0[1], $0[2], $0[3]] }))
                sheet.widths = [32, 8, 14, 90]
                let name = Message(en: "check", nl: "controle").text(language)
                try context.writeWorkbook(Workbook(sheets: [sheet]), named: name)
            default:
                try context.writeResult(table, json: { trail.map { CheckTrail(trail: $0, dossier: w.dossier, context: context).json(adding: report.json) } ?? report.json }, sheet: Message(en: "check", nl: "controle"),
                                        terminal: { table.rendered(width: context.width) + TextLayout.fitted(report.summary, width: context.width) + "\n" })
            }
            if let trail { try CheckTrail(trail: trail, dossier: w.dossier, context: context).write() }
            if failed { context.environment.noteFailure() }
        })
}

/// What `check` and the check functions share: which rules, as of when, for which audit.
struct CheckRun {
    let context: CommandContext
    let workspace: Workspace
    /// The rules asked for (`KVO-4.1.*`, `§4.1`); none: every rule.
    let patterns: [ParsedArguments.Word]
    /// `--audit first|renewal`, judging as for that audit.
    let audit: ParsedArguments.Word?
    /// `--trail`: every field the rule reads is noted here (one rule only).
    var trail: FieldTrail? = nil

    func run() throws -> ([CheckResult], Language) {
        var rules: [Rule] = []
        let catalogue = RuleCatalogue.handbook
        for pattern in patterns {
            let found = catalogue.select(pattern.text)
            if found.isEmpty {
                throw context.error(Message(en: "no rule matches '\(pattern.text)'", nl: "geen regel past bij '\(pattern.text)'") + Suggestion.phrase(for: pattern.text, in: catalogue.ids),
                                    at: pattern.location, length: pattern.length,
                                    hint: Message(en: "patterns look like KVO-4.1.* or §4.1", nl: "patronen zien eruit als KVO-4.1.* of §4.1"))
            }
            for r in found where !rules.contains(r) { rules.append(r) }
        }
        if rules.isEmpty { rules = catalogue.rules }
        if trail != nil, rules.count != 1 {
            throw context.error(Message(en: "--trail follows one rule; the patterns select \(rules.count)",
                                        nl: "--trail volgt één regel; de patronen kiezen er \(rules.count)"),
                                hint: Message(en: "name one rule: check KVO-4.1.4-PRIORITISED --trail",
                                              nl: "noem één regel: controleer KVO-4.1.4-PRIORITISED --trail"))
        }
        let asOf = try context.asOf()
        var certification: OrganisationRecord.Certification?
        if let word = audit {
            guard let named = OrganisationRecord.Certification(rawValue: word.text) else {
                throw context.error(Message(en: "--audit takes first or renewal, not '\(word.text)'",
                                            nl: "--audit neemt first of renewal, niet '\(word.text)'"),
                                    at: word.location, length: word.length)
            }
            certification = named
        }
        let language = context.language
        let (dossier, cache) = workspace.judged(asOf: try context.pointInTime())
        if let trail {
            // A cache of its own, so that what the rule derives is read now, into the trail, field
            // by field through the typed records (the trail notes the reads there).
            let checkContext = CheckContext(dossier: dossier, asOf: asOf, auditOverride: certification, cache: CheckCache(readsFieldByField: true))
            return (trail.recording { Checker.run(checkContext, rules: rules) }, language)
        }
        let checkContext = CheckContext(dossier: dossier, asOf: asOf, auditOverride: certification, cache: cache)
        return (Checker.run(checkContext, rules: rules), language)
    }

    /// The statuses `--status fail,warn,not` names. Each word is a status's code (`fail`, `n/a`,
    /// `not assessable`), a short form (`na`, `not`), or its name in the session's language.
    static func statuses(_ word: ParsedArguments.Word, context: CommandContext) throws -> Set<CheckStatus> {
        let short: [String: CheckStatus] = ["na": .notApplicable, "not": .notAssessable, "not-assessable": .notAssessable]
        var result = Set<CheckStatus>()
        for part in word.text.split(separator: ",").map({ String($0).trimmingBlanks().lowercased() }) where !part.isEmpty {
            guard let status = CheckStatus(rawValue: part) ?? short[part]
                ?? CheckStatus.allCases.first(where: { $0.name.text(context.language).lowercased() == part }) else {
                throw context.error(Message(en: "--status: there is no status '\(part)'", nl: "--status: er is geen status '\(part)'"),
                                    at: word.location, length: word.length,
                                    hint: Message(en: "statuses: fail, warn, not (not assessable), pass, na, waived, info",
                                                  nl: "statussen: fail, warn, not (niet te beoordelen), pass, na, waived, info"))
            }
            result.insert(status)
        }
        return result
    }
}

/// `check [PATTERN...] [as FORMAT] [--as-of DATE] [--audit first|renewal] [--fail-on-warn]
/// [--status LIST] [--trail]`; the words are checked as the rules are run.
struct CheckArguments: CommandArguments {
    static let patterns = SlotName("pattern"), audit = SlotName("audit"), failOnWarn = SlotName("fail-on-warn"),
               status = SlotName("status"), trail = SlotName("trail")
    let patterns: [ParsedArguments.Word]
    let audit: ParsedArguments.Word?
    let failOnWarn: Bool
    let status: ParsedArguments.Word?
    let trail: Bool

    init(from a: ArgumentReader) throws(Diagnostic) {
        patterns = try a.words(Self.patterns)
        audit = try a.option(Self.audit)?.value
        failOnWarn = try a.flag(Self.failOnWarn)
        status = try a.option(Self.status)?.value
        trail = try a.flag(Self.trail)
    }
}
