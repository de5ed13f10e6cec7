import KVOModel
import KVOChecks

extension CommandSpec {
    static let check = CommandSpec(
        name: "check", group: .handbook, summary: "check the dossier against the handbook's rules",
        syntax: [.words("pattern", .ruleID), .optional([.literal("as"), .word("format", .choice(["table", "json", "junit", "md"]))])],
        options: [OptionSpec("as-of", value: .text, summary: "judge as of this date (default: the session's date)"),
                  OptionSpec("audit", value: .choice(["first", "renewal"]), summary: "judge for a first certification or a renewal"),
                  OptionSpec("fail-on-warn", summary: "count warnings as failures for the exit code")],
        example: "check KVO-4.1.* --as-of 2025-03-01",
        details: "One line per rule with its ID, §, status and a sentence with the evidence; for a failure what is short. PATTERN selects rules by ID (KVO-4.1.*) or paragraph (§4.1). In a script or -c, a failed must makes kvo exit with 1 (--fail-on-warn: a warning too); the script goes on. Waived rules (see waive) count apart.",
        action: { context in
            let w = try context.workspace()
            let (results, language) = try CheckRun(context: context, workspace: w).run()
            let report = CheckReport(results: results, language: language)
            let failOnWarn = context.arguments.options["fail-on-warn"] != nil
            let format = context.arguments.word("format")?.text ?? (context.interpreter.options.outputIsTerminal ? "table" : "json")
            switch format {
            case "json":
                context.write(JSONWriter.string(CheckRun.json(report)))
            case "junit":
                context.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + report.junit(name: w.displayName, failOnWarn: failOnWarn))
            case "md":
                let table = Table(headers: ["ID", "§", "status", "finding"],
                                  rows: results.map { [$0.rule.id, "§" + $0.rule.paragraph, CheckReport.label($0.status, language), report.sentence($0)] })
                context.write(table.markdown + "\n" + report.summary + "\n")
            default:
                let width = context.width
                let table = Table(headers: ["rule", "§", "status", language == .nl ? "bevinding" : "finding"],
                                  rows: results.map { [$0.rule.id, $0.rule.paragraph, CheckReport.label($0.status, language), report.sentence($0)] })
                context.write(table.rendered(width: width) + report.summary + "\n")
            }
            if report.failed(failOnWarn: failOnWarn) { context.interpreter.noteFailure() }
        })
}

/// What `check` and the check functions share: which rules, as of when, for which audit.
struct CheckRun {
    let context: CommandContext
    let workspace: Workspace

    func run() throws -> ([CheckResult], Language) {
        var rules: [Rule] = []
        let catalogue = RuleCatalogue.handbook
        for pattern in context.arguments.words("pattern") {
            let found = catalogue.select(pattern.text)
            if found.isEmpty {
                throw context.error(Message(en: "no rule matches '\(pattern.text)'", nl: "geen regel past bij '\(pattern.text)'") + Suggestion.phrase(for: pattern.text, in: catalogue.ids),
                                    at: pattern.location, length: pattern.length,
                                    hint: Message(en: "patterns look like KVO-4.1.* or §4.1", nl: "patronen zien eruit als KVO-4.1.* of §4.1"))
            }
            for r in found where !rules.contains(r) { rules.append(r) }
        }
        if rules.isEmpty { rules = catalogue.rules }
        let asOf = try context.asOf()
        var audit: String?
        if let word = context.arguments.options["audit"]?.value {
            guard word.text == "first" || word.text == "renewal" else {
                throw context.error("--audit takes first or renewal, not '\(word.text)'", at: word.location, length: word.length)
            }
            audit = word.text
        }
        let language = context.language
        let checkContext = CheckContext(dossier: workspace.dossier, asOf: asOf, auditOverride: audit, cache: workspace.checkCache)
        return (Checker.run(checkContext, rules: rules), language)
    }

    static func json(_ report: CheckReport) -> JSONValue {
        .object([
            "summary": .object(Dictionary(uniqueKeysWithValues: CheckStatus.allCases.map { ($0.rawValue, JSONValue.number(Double(report.count($0)))) })),
            "rules": .array(report.results.map { r in
                var o: [String: JSONValue] = [
                    "id": .string(r.rule.id), "paragraph": .string(r.rule.paragraph), "level": .string(r.rule.level.rawValue),
                    "when": .string(r.rule.when.rawValue), "status": .string(r.status.rawValue),
                    "message": .string(r.message.text(report.language)),
                ]
                if let s = r.shortfall { o["shortfall"] = .string(s.text(report.language)) }
                if let w = r.waiver { o["waiver"] = .string(w) }
                return .object(o)
            }),
        ])
    }
}
