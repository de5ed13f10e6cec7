import KVOModel
import KVOReports

extension CommandSpec {
    /// Named after its report (`report minutes` writes the same document).
    static let minutes = CommandSpec(
        name: ReportKind.minutes.rawValue, group: .handbook,
        summary: Message(en: "the minutes of this session: those present, votes and consensus, decisions, amendments, open points",
                         nl: "de notulen van deze sessie: aanwezigen, stemmen en consensus, besluiten, wijzigingen, openstaande punten"),
        options: CommandContext.reportOptions + [
            OptionSpec(MinutesArguments.present, value: .text, summary: Message(en: "those present: member IDs or names, separated by commas",
                                                                 nl: "de aanwezigen: ID's of namen van leden, gescheiden door komma's")),
            OptionSpec(MinutesArguments.store, summary: Message(en: "also store the minutes in the dossier as a meeting (§4.3.1)",
                                                 nl: "leg de notulen ook in het dossier vast als overleg (§4.3.1)")),
        ],
        example: "minutes --present MB-1,MB-2,MB-5 --store",
        details: Message(
            en: "The minutes of a workgroup meeting held with kvo open (§3.6: agenda and minutes of every meeting are kept; §4.3.1: the results of the meetings are put in writing), made from what happened since the dossier was opened: the date (the session's, --as-of given to kvo), those present (--present MB-1,MB-2 or names; at a terminal without --present, kvo asks for each member, j or y for present), the votes recorded with the ranking they give (the consensus of prioritise), the decisions (the plan applied, priorities set, measures added or dropped), every amended record with its old and new values, and the open points (measures behind schedule or not yet planned, missing votes). Amendments taken back with undo are left out. Like every report the minutes are in Dutch unless --lang en, leave phone numbers and e-mail addresses out unless --private, and go to standard output unless --out FOLDER (--format md, html, pdf or docx; report minutes does the same). --store also records them as a meeting of that day (date, attendees, decisions, minutes): one change, which undo takes back; a meeting already recorded on that day is updated.",
            nl: "De notulen van een werkgroepoverleg dat met kvo open is gehouden (§3.6: agenda en notulen van alle vergaderingen worden opgesteld en gearchiveerd; §4.3.1: de resultaten van de overleggen worden schriftelijk vastgelegd), opgesteld uit wat er gebeurde sinds het dossier geopend is: de datum (die van de sessie, --as-of aan kvo meegegeven), de aanwezigen (--present MB-1,MB-2 of namen; aan een terminal zonder --present vraagt kvo het per lid, j voor aanwezig), de vastgelegde stemmen met de rangschikking die ze geven (de consensus van prioriteer), de besluiten (het plan toegepast, prioriteiten vastgesteld, maatregelen toegevoegd of vervallen), elk gewijzigd gegeven met de oude en nieuwe waarden, en de openstaande punten (maatregelen die achterlopen of nog niet gepland zijn, ontbrekende stemmen). Wijzigingen die met ongedaan zijn teruggedraaid, blijven weg. Zoals elk rapport zijn de notulen in het Nederlands tenzij --lang en, zonder telefoonnummers en e-mailadressen tenzij --private, en gaan ze naar standaarduitvoer tenzij --out MAP (--format md, html, pdf of docx; rapport notulen doet hetzelfde). --store legt ze ook vast als overleg van die dag (datum, aanwezigen, besluiten, notulen): één wijziging, die ongedaan terugdraait; een overleg dat die dag al is vastgelegd, wordt bijgewerkt."),
        arguments: MinutesArguments.self,
        run: { arguments, context in
            let store = arguments.store
            let w = store ? try context.writableWorkspace() : try context.workspace()
            let output = try context.reportFormat(arguments.report)
            let c = try context.reportContext(w, arguments.report)
            let session = try context.session(w, present: arguments.present)
            try context.emit(MinutesReport.make(c, session: session), as: output, arguments.report)
            if store { try context.storeMinutes(c, session: session, in: w) }
        })
}

extension CommandContext {
    /// What happened in this session: the amendments since opening, each with the command it came
    /// from, and those present (`--present`, else asked at a terminal, else not recorded).
    /// `present` is `--present` of `minutes` (nil for `report minutes`, which has no such option).
    func session(_ w: Workspace, present: ParsedArguments.Word?) throws -> SessionRecord {
        let steps = w.amendments.map { a -> SessionRecord.Step in
            let word = a.command.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            let origin: SessionRecord.Origin = switch environment.commands.command(named: word)?.name {
            case CommandSpec.plan.name?: .plan
            case CommandSpec.vote.name?: .vote
            case CommandSpec.minutes.name?: .minutes
            default: .other
            }
            return SessionRecord.Step(a, origin: origin)
        }
        let day = environment.options.today
        return SessionRecord(date: day, present: try self.present(w, on: day, given: present), steps: steps)
    }

    /// Those present, by member ID.
    func present(_ w: Workspace, on day: Day, given: ParsedArguments.Word?) throws -> [String]? {
        let members = w.dossier.members
        if let word = given {
            var ids: [String] = []
            for part in word.text.split(separator: ",").map({ String($0).trimmingBlanks() }) where !part.isEmpty {
                let lower = part.lowercased()
                let named = members.filter { $0.name?.lowercased() == lower }
                let starting = members.filter { $0.name?.lowercased().hasPrefix(lower) == true }
                guard let m = members.first(where: { $0.id.lowercased() == lower }) ?? (named.count == 1 ? named[0] : nil)
                    ?? (starting.count == 1 ? starting[0] : nil) else {
                    let candidates = members.map(\.id) + members.compactMap(\.name)
                    throw error(Message(en: "no member is '\(part)'", nl: "geen lid heet '\(part)'") + Suggestion.phrase(for: part, in: candidates),
                                at: word.location, length: word.length,
                                hint: Message(en: "list members shows them; give IDs or names separated by commas",
                                              nl: "lijst leden toont ze; geef ID's of namen, gescheiden door komma's"))
                }
                if !ids.contains(m.id) { ids.append(m.id) }
            }
            return ids
        }
        guard let ask = environment.readKey else { return nil }
        var ids: [String] = []
        for m in members where (m.joined.map { $0 <= day } ?? true) && (m.left.map { $0 > day } ?? true) {
            let question = Message(en: "\(m.name ?? m.id) present? (y/n) ", nl: "\(m.name ?? m.id) aanwezig? (j/n) ")
            guard let key = ask(question.text(language)) else { return nil }
            if ["y", "j", "\n", "\r"].contains(key.lowercased().first ?? "n") { ids.append(m.id) }
        }
        return ids
    }

    /// A document written as `report` writes it: to standard output, or as files into --out.
    func emit(_ document: Document, as output: ReportOutput, _ options: ReportOptions) throws {
        if let folder = try reportFolder(options) {
            try writeReport(try produced(output.rendered.files(document), as: output), to: folder, options)
        } else if output.needsFolder {
            throw needsFolder(options)
        } else {
            let page = output.rendered.files(document, inlineCharts: true)[0].contents
            write(page.hasSuffix("\n") ? page : page + "\n")
        }
    }

    /// Stores the minutes as the meeting of the session's day: added, or the day's meeting updated.
    func storeMinutes(_ c: ReportContext, session: SessionRecord, in w: Workspace) throws {
        let existing = w.dossier.meetings.first { $0.date == session.date }
        let meeting = MinutesReport.meeting(c, session: session, updating: existing)
        var changes = w.changeSet()
        let id: String
        if let existing {
            changes.change(existing.record, to: meeting.record, kind: .meetings)
            id = existing.id
        } else {
            id = changes.add(meeting.record, kind: .meetings)
        }
        try RecordEditor(context: self, workspace: w, kind: .meetings).commit(changes)
        say(existing == nil ? Message(en: "stored as meeting \(id)\n", nl: "vastgelegd als overleg \(id)\n")
                            : Message(en: "meeting \(id) updated\n", nl: "overleg \(id) bijgewerkt\n"))
    }
}

struct MinutesArguments: CommandArguments {
    static let present = SlotName("present"), store = SlotName("store")
    /// `--present MB-1,MB-2`: member IDs or names.
    let present: ParsedArguments.Word?
    /// `--store`: also record the minutes as a meeting.
    let store: Bool
    let report: ReportOptions

    init(from a: ArgumentReader) throws(Diagnostic) {
        present = try a.option(Self.present)?.value
        store = try a.flag(Self.store)
        report = try ReportOptions(from: a)
    }
}
