import KVOModel
import KVOChecks
import KVOPlanning

extension CommandSpec {
    static let plan = CommandSpec(
        name: "plan", aliases: ["planning", "pva-plan"], group: .handbook,
        summary: "place the ranked themes in plan years 1 to 3 and the measures in the plan's quarters, within the handbook's constraints",
        syntax: [.optional([.literal("as"), .word("format", .choice(["table", "json"]))])],
        options: [OptionSpec("what-if", summary: "show the changed matrix as a diff without applying it"),
                  OptionSpec("hours", value: .text, summary: "hours each party can give per quarter (default: the party's hoursPerQuarter, else 40)"),
                  OptionSpec("replan", summary: "also move measures still to be done that already have quarters, and redo the themes' years"),
                  OptionSpec("as-of", value: .text, summary: "plan from this date (default: the session's date)")],
        example: "plan --what-if --hours 30",
        details: """
            The themes with a goal are taken in ranking order (the recorded priorities' ranks, else the prioritise consensus of votes and evidence) and cut into three equal parts: plan years 1, 2 and 3; a year already recorded in priorities stays (with --replan it is redone). Measures still to be done without quarters (with --replan: all measures still to be done) are then placed in the plan's quarters one by one, in the order their `after` dependencies allow, tightest deadline first: each in the quarter that keeps its party within its hours per quarter, lies in its theme's plan year, and leaves the party's busiest quarter least busy. Measures without a party get the party with the fewest measures. Plan years lacking the fixed measures of §4.2.5 get them added. Done, in-progress and dropped measures stay where they are.
            Constraints: at least 7 of the 10 mandatory themes and every chosen optional or own theme have a goal (§4.2.2); the fixed measures of every plan year (§4.2.5); before a first audit at least 3 measures from the inspection and 1 communication are done (§5.2.2); hours per party per quarter and an even spread over the parties (§4.2.4); `after` dependencies; the goals' deadlines. Each is reported met or not, and why.
            Applying is one change (undo takes it back) and only when every constraint is met; otherwise nothing changes. --what-if shows the changes as a diff of the matrix rows and changes nothing.
            """,
        action: { context in
            let whatIf = context.arguments.options["what-if"] != nil
            let dutch = context.language == .nl
            let asOf = try context.asOf()
            var hours: Double?
            if let word = context.arguments.options["hours"]?.value {
                guard let h = Double(word.text), h > 0 else {
                    throw context.error("--hours expects a positive number of hours, got '\(word.text)'", at: word.location, length: word.length)
                }
                hours = h
            }
            let w = whatIf ? try context.workspace() : try context.writableWorkspace()
            let (ranking, source) = Self.planRanking(w.dossier, dutch: dutch)
            let checks = CheckContext(dossier: w.dossier, asOf: asOf, cache: w.checkCache)
            let settings = Planner.Settings(asOf: asOf, ranking: ranking, hoursPerQuarter: hours,
                                            replan: context.arguments.options["replan"] != nil,
                                            firstCertification: checks.certification == "first", auditDate: checks.auditDate, dutch: dutch)
            let proposal = Planner(dossier: w.dossier, settings: settings).propose()
            guard let calendar = proposal.calendar else {
                throw context.error(dutch ? "het plan van aanpak heeft geen vaststellingsdatum, dus de planjaren en kwartalen zijn onbekend"
                                          : "the plan of action has no adoption date, so its years and quarters are unknown",
                                    hint: dutch ? "set plan adopted=JJJJ-MM-DD (planjaar 1 begint op die dag)" : "set plan adopted=YYYY-MM-DD (plan year 1 starts that day)")
            }
            if context.arguments.word("format")?.text == "json" {
                context.write(JSONWriter.string(Self.json(proposal, calendar: calendar, applied: !whatIf && proposal.isFeasible && !proposal.changes.isEmpty)))
            } else {
                context.write(Self.report(proposal, calendar: calendar, source: source, dossier: w.dossier, dutch: dutch, width: context.width))
            }
            if whatIf {
                var after = w.dossier
                try? Amendment(command: "plan --what-if", at: "", by: "", changes: proposal.changes).apply(to: &after)
                if context.arguments.word("format")?.text != "json" {
                    context.write(Self.diff(before: w.dossier, after: after, proposal: proposal, asOf: asOf, dutch: dutch, width: context.width))
                }
                if !proposal.isFeasible { context.interpreter.noteFailure() }
                return
            }
            guard proposal.isFeasible else {
                let names = proposal.unmet.map { $0.kind.title(dutch: dutch) }
                throw context.error((dutch ? "het plan kan niet aan alle eisen voldoen (" : "the plan cannot meet every constraint (") + names.joined(separator: "; ") + (dutch ? "); er is niets veranderd" : "); nothing was changed"),
                                    hint: dutch ? "zie hierboven waarom; plan --what-if laat de beste poging zien" : "see above for why; plan --what-if shows the best attempt")
            }
            guard !proposal.changes.isEmpty else {
                context.write(dutch ? "Het plan voldoet al aan alle eisen; er is niets te veranderen.\n" : "The plan already meets every constraint; nothing to change.\n")
                return
            }
            try RecordEditor(context: context, workspace: w, kind: w.schema.kind(named: "measures")!).commit(proposal.changes)
            context.write(Self.summary(proposal, dutch: dutch) + (dutch ? " Eén wijziging: undo draait haar terug.\n" : " One change: undo takes it back.\n"))
        })

    /// The ranking the plan follows, and where it comes from.
    static func planRanking(_ dossier: Dossier, dutch: Bool) -> ([String], String) {
        if let recorded = ThemePriority.recorded(dossier) {
            return (recorded, dutch ? "de vastgelegde prioriteiten" : "the recorded priorities")
        }
        if let p = try? ThemePriority.compute(dossier) {
            let from = p.partyRankings.isEmpty ? (dutch ? "de onderbouwing (geen stemmen)" : "the evidence (no votes)")
                                               : (dutch ? "de stemmen en de onderbouwing (prioritise)" : "the votes and the evidence (prioritise)")
            return (p.order, from)
        }
        return (ThemeCatalogue.handbook.themes.map(\.id), dutch ? "de themavolgorde (geen stemmen of onderbouwing)" : "theme order (no votes or evidence)")
    }

    static func summary(_ p: PlanProposal, dutch: Bool) -> String {
        let measures = p.changes.filter { $0.kind == "measures" }
        let added = measures.filter { $0.before == nil }.count
        let moved = measures.filter { $0.before != nil && $0.before?["quarters"] != $0.after?["quarters"] }.count
        let given = measures.filter { $0.before != nil && $0.before?["party"] != $0.after?["party"] }.count
        let priorities = p.changes.filter { $0.kind == "priorities" }.count
        return dutch
            ? "\(moved) maatregel\(moved == 1 ? "" : "en") ingepland of verplaatst, \(added) vaste maatregel\(added == 1 ? "" : "en") toegevoegd, \(given) aan een partij gegeven, \(priorities) prioriteit\(priorities == 1 ? "" : "en") bijgewerkt."
            : "\(moved) measure\(moved == 1 ? "" : "s") placed or moved, \(added) fixed measure\(added == 1 ? "" : "s") added, \(given) given a party, \(priorities) priorit\(priorities == 1 ? "y" : "ies") updated."
    }

    static func report(_ p: PlanProposal, calendar: PlanCalendar, source: String, dossier: Dossier, dutch: Bool, width: Int) -> String {
        let q = calendar.quarters
        var out = dutch
            ? "Planjaren \(calendar.years[0].first) t/m \(calendar.years[2].last): \(q.count) kwartalen (\(q.first!)–\(q.last!)). Thema's gerangschikt volgens \(source).\n"
            : "Plan years \(calendar.years[0].first) to \(calendar.years[2].last): \(q.count) quarters (\(q.first!)–\(q.last!)). Themes ranked by \(source).\n"
        for y in 1...3 {
            let themes = p.themeYears.filter { $0.year == y }.map { t in
                "\(t.theme) " + (ThemeCatalogue.handbook.theme(t.theme).map { dutch ? $0.dutch : $0.english } ?? "")
            }
            out += (dutch ? "  planjaar \(y): " : "  plan year \(y): ") + (themes.isEmpty ? "-" : themes.joined(separator: ", ")) + "\n"
        }
        let label: (PlanConstraint.Status) -> String = { s in
            switch s {
            case .met: dutch ? "ok" : "ok"
            case .unmet: dutch ? "NIET" : "NOT MET"
            case .unknown: "?"
            case .notApplicable: "n/a"
            }
        }
        let rows = p.constraints.map { [label($0.status), $0.kind.title(dutch: dutch), $0.text(dutch: dutch)] }
        out += Table(headers: ["", dutch ? "eis" : "constraint", dutch ? "toelichting" : "why"], rows: rows).rendered(width: width)
        // Hours per party per plan year: the busiest quarter of each year.
        let parties = p.load.keys.sorted(by: { a, b in a.count != b.count ? a.count < b.count : a < b })
        if !parties.isEmpty {
            let name: (String) -> String = { dossier.record($0)?.record["name"]?.stringValue ?? $0 }
            let loadRows = parties.map { party -> [String] in
                let l = p.load[party]!
                let perYear = (1...3).map { y in calendar.quarters.indices.filter { calendar.year(of: q[$0])?.number == y }.map { l[$0] }.max() ?? 0 }
                return [party, name(party)] + perYear.map { Planner.hoursText($0) } + [Planner.hoursText(p.capacity[party] ?? 0)]
            }
            let headers = dutch ? ["partij", "", "drukste kwartaal jr 1", "jr 2", "jr 3", "grens"]
                                : ["party", "", "busiest quarter yr 1", "yr 2", "yr 3", "limit"]
            out += Table(headers: headers, rows: loadRows).rendered(width: width)
        }
        return out
    }

    /// The matrix rows the proposal changes: the old row under -, the new under +.
    static func diff(before: Dossier, after: Dossier, proposal: PlanProposal, asOf: Day, dutch: Bool, width: Int) -> String {
        let old = MeasuresMatrix.build(before, asOf: asOf, dutch: dutch)
        let new = MeasuresMatrix.build(after, asOf: asOf, dutch: dutch)
        // One set of columns for both.
        let columns = Array(Set(old.columns + new.columns)).sorted()
        func cells(_ m: MeasuresMatrix, _ row: MeasuresMatrix.Row, _ sign: String) -> [String] {
            var marks = [String](repeating: "", count: columns.count)
            for (i, mark) in row.marks.enumerated() { if let mark, let c = columns.firstIndex(of: m.columns[i]) { marks[c] = mark.rawValue } }
            return [sign, row.id, row.title, row.who] + marks
        }
        let oldRows = Dictionary(uniqueKeysWithValues: old.rows.map { ($0.id, $0) })
        var rows: [[String]] = []
        for r in new.rows {
            if let o = oldRows[r.id] {
                let a = cells(old, o, "-"), b = cells(new, r, "+")
                if Array(a.dropFirst()) != Array(b.dropFirst()) { rows.append(a); rows.append(b) }
            } else {
                rows.append(cells(new, r, "+"))
            }
        }
        let priorities = proposal.changes.filter { $0.kind == "priorities" }
        var out = ""
        if rows.isEmpty && priorities.isEmpty {
            return dutch ? "Geen wijzigingen in de matrix.\n" : "No changes to the matrix.\n"
        }
        out += (dutch ? "Wijzigingen (niet toegepast): " : "Changes (not applied): ") + summary(proposal, dutch: dutch) + "\n"
        if !rows.isEmpty {
            let headers = ["", "#", dutch ? "maatregel" : "measure", dutch ? "wie" : "who"]
                + columns.map { String(String($0.year).suffix(2)) + "\nQ\($0.number)" }
            out += Table(headers: headers, rows: rows).rendered(width: width)
        }
        for c in priorities {
            let theme = c.after?["theme"]?.stringValue ?? c.id
            let year = c.after?["year"]?.numberValue.map { Int($0) } ?? 0
            let was = c.before?["year"]?.numberValue.map { Int($0) }
            out += dutch ? "  \(theme): planjaar \(year)\(was.map { " (was \($0))" } ?? "")\n"
                         : "  \(theme): plan year \(year)\(was.map { " (was \($0))" } ?? "")\n"
        }
        return out
    }

    static func json(_ p: PlanProposal, calendar: PlanCalendar, applied: Bool) -> JSONValue {
        .object([
            "applied": .bool(applied),
            "feasible": .bool(p.isFeasible),
            "quarters": .array(calendar.quarters.map { .string("\($0)") }),
            "themes": .array(p.themeYears.map { .object(["theme": .string($0.theme), "rank": .number(Double($0.rank)), "year": .number(Double($0.year))]) }),
            "constraints": .array(p.constraints.map { c in
                .object(["constraint": .string(c.kind.rawValue), "status": .string(c.status.rawValue), "message": .string(c.english)])
            }),
            "measures": .array(p.items.map { it in
                .object(["id": .string(it.id), "party": it.party.map(JSONValue.string) ?? .null, "new": .bool(it.isNew),
                         "quarters": .array(it.columns.map { .string("\(calendar.quarters[$0])") })])
            }),
            "changes": .number(Double(p.changes.count)),
        ])
    }
}
