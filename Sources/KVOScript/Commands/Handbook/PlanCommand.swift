import KVOModel
import KVOChecks
import KVOPlanning

extension CommandSpec {
    static let plan = CommandSpec(
        name: "plan", aliases: ["planning", "pva-plan"], group: .handbook,
        summary: Message(en: "place the ranked themes in plan years 1 to 3 and the measures in the plan's quarters, within the handbook's constraints",
                         nl: "de gerangschikte thema's over planjaar 1 tot 3 verdelen en de maatregelen over de kwartalen van het plan, binnen de eisen van het handboek"),
        syntax: [.optional([.literal("as"), .word(SlotName.format, .choice(["table", "json"]))])],
        options: [OptionSpec(PlanArguments.whatIf, summary: Message(en: "show the changed matrix as a diff without applying it",
                                                         nl: "toon de gewijzigde matrix als verschil, zonder iets toe te passen")),
                  OptionSpec(PlanArguments.hours, value: .text, summary: Message(en: "hours each party can give per quarter (default: the party's hoursPerQuarter, else 40)",
                                                                     nl: "uren die elke partij per kwartaal kan geven (standaard: hoursPerQuarter van de partij, anders 40)")),
                  OptionSpec(PlanArguments.replan, summary: Message(en: "also move measures still to be done that already have quarters, and redo the themes' years",
                                                        nl: "verplaats ook openstaande maatregelen die al kwartalen hebben, en deel de thema's opnieuw over de jaren in")),
                  OptionSpec(PlanArguments.time, value: .text, summary: Message(en: "seconds the exact planner may search (default: 2); then it says whether the plan is proven optimal or how far from the bound",
                                                                    nl: "seconden die de exacte planner mag zoeken (standaard: 2); daarna zegt hij of het plan bewezen optimaal is of hoe ver van de grens")),
                  OptionSpec(SlotName.asOf, value: .text, summary: Message(en: "plan from this date (default: the session's date)",
                                                                     nl: "plan vanaf deze datum (standaard: de datum van de sessie)"))],
        example: "plan --what-if --hours 30",
        details: Message(
            en: """
                The themes with a goal are taken in ranking order (the recorded priorities' ranks, else the prioritise consensus of votes and evidence) and cut into three equal parts: plan years 1, 2 and 3; a year already recorded in priorities stays (with --replan it is redone). Measures still to be done without quarters (with --replan: all measures still to be done) are then placed in the plan's quarters one by one, in the order their `after` dependencies allow, tightest deadline first: each in the quarter that keeps its party within its hours per quarter, lies in its theme's plan year, and leaves the party's busiest quarter least busy. Measures without a party get the party with the fewest measures. Plan years lacking the fixed measures of §4.2.5 get them added. Done, in-progress and dropped measures stay where they are. That list scheduling is the start for the exact planner (an integer program solved by GLPK in the helper kvo-plan), which finds a plan whenever one exists: themes in their plan year, then the fewest measures moved, then the least busy busiest quarter; after --time seconds (default 2) it says whether the plan is proven optimal or how far from the bound, and when no plan exists, which constraints conflict.
                Constraints: at least \(Handbook.Plan.minimumMandatoryThemesWithGoal) of the \(Handbook.Survey.mandatoryThemes.count) mandatory themes and every chosen optional or own theme have a goal (§4.2.2); the fixed measures of every plan year (§4.2.5); before a first audit at least \(Handbook.FirstAudit.fromInspection) measures from the inspection and \(Handbook.FirstAudit.communications) communication are done (§5.2.2); hours per party per quarter and an even spread over the parties (§4.2.4); `after` dependencies; the goals' deadlines. Each is reported met or not, and why.
                Applying is one change (undo takes it back) and only when every constraint is met; otherwise nothing changes. --what-if shows the changes as a diff of the matrix rows and changes nothing.
                """,
            nl: """
                De thema's met een doelstelling worden in volgorde van de rangschikking genomen (de rangen van de vastgelegde prioriteiten, anders de consensus van stemmen en onderbouwing uit prioriteer) en in drie gelijke delen verdeeld: planjaar 1, 2 en 3; een jaar dat al in de prioriteiten is vastgelegd blijft staan (met --replan wordt het opnieuw bepaald). Daarna worden de openstaande maatregelen zonder kwartalen (met --replan: alle openstaande maatregelen) één voor één in de kwartalen van het plan gezet, in de volgorde die hun afhankelijkheden (`after`) toelaten, de krapste termijn eerst: elk in het kwartaal dat de partij binnen haar uren per kwartaal houdt, in het planjaar van het thema ligt en het drukste kwartaal van de partij het minst druk maakt. Maatregelen zonder partij krijgen de partij met de minste maatregelen. Planjaren waarin vaste maatregelen van §4.2.5 ontbreken, krijgen ze erbij. Gereed, lopende en vervallen maatregelen blijven waar ze staan. Die lijstplanning is het begin voor de exacte planner (een geheeltallig programma, opgelost door GLPK in het hulpprogramma kvo-plan), die een plan vindt zodra er een bestaat: thema's in hun planjaar, dan de minste maatregelen verplaatst, dan het minst drukke drukste kwartaal; na --time seconden (standaard 2) zegt hij of het plan bewezen optimaal is of hoe ver van de grens, en als er geen plan bestaat, welke eisen botsen.
                Eisen: minstens \(Handbook.Plan.minimumMandatoryThemesWithGoal) van de \(Handbook.Survey.mandatoryThemes.count) verplichte thema's en elk gekozen optioneel of eigen thema hebben een doelstelling (§4.2.2); de vaste maatregelen van elk planjaar (§4.2.5); vóór een eerste audit zijn minstens \(Handbook.FirstAudit.fromInspection) maatregelen uit de schouw en \(Handbook.FirstAudit.communications) communicatie uitgevoerd (§5.2.2); uren per partij per kwartaal en een evenwichtige verdeling over de partijen (§4.2.4); afhankelijkheden (`after`); de termijnen van de doelen. Van elke eis staat erbij of eraan voldaan is, en waarom.
                Toepassen is één wijziging (ongedaan draait haar terug) en gebeurt alleen als aan alle eisen is voldaan; anders verandert er niets. --what-if toont de wijzigingen als verschil in de regels van de matrix en verandert niets.
                """),
        arguments: PlanArguments.self,
        run: { arguments, context in
            let askedWhatIf = arguments.whatIf
            let language = context.language
            let asOf = try context.asOf()
            var hours: Double?
            if let word = arguments.hours {
                guard let h = Double(word.text.replacingCommaDecimal()), h > 0 else {
                    throw context.error(Message(en: "--hours expects a positive number of hours, got '\(word.text)'",
                                                nl: "--hours verwacht een positief aantal uren, niet '\(word.text)'"),
                                        at: word.location, length: word.length)
                }
                hours = h
            }
            var seconds = Planner.defaultTimeLimit
            if let word = arguments.time {
                guard let t = Double(word.text.replacingCommaDecimal()), t > 0, t <= 3600 else {
                    throw context.error(Message(en: "--time expects a number of seconds from 0 to 3600, got '\(word.text)'",
                                                nl: "--time verwacht een aantal seconden van 0 tot 3600, niet '\(word.text)'"),
                                        at: word.location, length: word.length)
                }
                seconds = t
            }
            // At a point in time (`--as-of`) that leaves records out, the plan is a view of then:
            // shown like --what-if, never applied to the dossier as it is now.
            let open = try context.workspace()
            let (dossier, cache) = open.judged(asOf: try context.pointInTime())
            // A dossier cut back to a point in time comes with a cache of its own.
            let past = cache !== open.checkCache
            if past && !askedWhatIf {
                context.sayFitted(Message(en: "(as of \(asOf) the dossier had fewer records than now: this plan is shown, not applied)\n",
                                    nl: "(per \(Language.nl.date(asOf)) had het dossier minder gegevens dan nu: dit plan wordt getoond, niet toegepast)\n"))
            }
            let whatIf = askedWhatIf || past
            let w = whatIf ? try context.workspace() : try context.writableWorkspace()
            let (ranking, source) = Self.planRanking(dossier)
            let checks = CheckContext(dossier: dossier, asOf: asOf, cache: cache)
            let settings = Planner.Settings(asOf: asOf, ranking: ranking, hoursPerQuarter: hours,
                                            replan: arguments.replan,
                                            firstCertification: checks.certification == .first, auditDate: checks.auditDate, language: language,
                                            solver: PlanHelperSolver(), timeLimit: seconds)
            let proposal = Planner(dossier: dossier, settings: settings).propose()
            guard let calendar = proposal.calendar else {
                throw context.error(Message(en: "the plan of action has no adoption date, so its years and quarters are unknown",
                                            nl: "het plan van aanpak heeft geen vaststellingsdatum, dus de planjaren en kwartalen zijn onbekend"),
                                    hint: Message(en: "set plan adopted=YYYY-MM-DD (plan year 1 starts that day)",
                                                  nl: "wijzig plan adopted=JJJJ-MM-DD (planjaar 1 begint op die dag)"))
            }
            if context.outputFormat(default: .table) == .json {
                context.write(JSONWriter.string(Self.json(proposal, calendar: calendar, applied: !whatIf && proposal.isFeasible && !proposal.changes.isEmpty)))
            } else {
                context.writeFitted(Self.report(proposal, calendar: calendar, source: source, dossier: dossier, language: language, width: context.width))
            }
            if whatIf {
                var after = dossier
                // A preview of the matrix, never stored: shown even for a proposal the change set would refuse.
                try? Amendment(command: "plan --what-if", at: "", by: "", changes: proposal.changes).apply(to: &after)
                if context.outputFormat(default: .table) != .json {
                    context.writeFitted(Self.diff(before: dossier, after: after, proposal: proposal, asOf: asOf, language: language, width: context.width))
                }
                if !proposal.isFeasible { context.environment.noteFailure() }
                return
            }
            guard proposal.isFeasible else {
                let names = proposal.unmet.map(\.kind.title).joined(separator: "; ")
                throw context.error(Message(en: "the plan cannot meet every constraint (\(names.en)); nothing was changed",
                                            nl: "het plan kan niet aan alle eisen voldoen (\(names.nl)); er is niets veranderd"),
                                    hint: Message(en: "see above for why; plan --what-if shows the best attempt",
                                                  nl: "zie hierboven waarom; plan --what-if laat de beste poging zien"))
            }
            guard !proposal.changes.isEmpty else {
                context.say(Message(en: "The plan already meets every constraint; nothing to change.\n",
                                    nl: "Het plan voldoet al aan alle eisen; er is niets te veranderen.\n"))
                return
            }
            try RecordEditor(context: context, workspace: w, kind: .measures).commit(proposal.changeSet)
            context.sayFitted(Self.summary(proposal) + Message(en: " One change: undo takes it back.\n", nl: " Eén wijziging: met ongedaan draait u haar terug.\n"))
        })

    /// The ranking the plan follows, and where it comes from.
    static func planRanking(_ dossier: Dossier) -> ([String], Message) {
        if let recorded = ThemePriority.recorded(dossier) {
            // An adoption (prioritise --adopt) wrote these ranks: say which one, so the room knows
            // the plan follows its decision of that day.
            if let (day, parties) = ThemeAdoption.recorded(dossier) {
                let n = Noun(en: "party", "parties", nl: "partij", "partijen").counted(parties.count)
                return (recorded, Message(en: "the ranking adopted on \(day) by ", nl: "de rangorde vastgesteld op \(day) door ") + n
                                  + Message(en: " (prioritise --adopt)", nl: " (prioriteer --adopt)"))
            }
            return (recorded, Message(en: "the recorded priorities", nl: "de vastgelegde prioriteiten"))
        }
        if let p = try? ThemePriority.compute(dossier) {
            let from = p.partyRankings.isEmpty ? Message(en: "the evidence (no votes)", nl: "de onderbouwing (geen stemmen)")
                                               : Message(en: "the votes and the evidence (prioritise)", nl: "de stemmen en de onderbouwing (prioriteer)")
            return (p.order, from)
        }
        return (ThemeCatalogue.handbook.themes.map(\.id), Message(en: "theme order (no votes or evidence)", nl: "de themavolgorde (geen stemmen of onderbouwing)"))
    }

    static func summary(_ p: PlanProposal) -> Message {
        let measures = p.changes.filter { $0.isOf(MeasureRecord.self) }
        let added = measures.filter { $0.before == nil }.count
        let moved = measures.filter { c in c.before(as: MeasureRecord.self).map { $0.quarters != c.after(as: MeasureRecord.self)?.quarters } ?? false }.count
        let given = measures.filter { c in c.before(as: MeasureRecord.self).map { $0.party != c.after(as: MeasureRecord.self)?.party } ?? false }.count
        let priorities = p.changes.filter { $0.isOf(PriorityRecord.self) }.count
        let measure = Noun(en: "measure", "measures", nl: "maatregel", "maatregelen")
        let fixed = Noun(en: "fixed measure", "fixed measures", nl: "vaste maatregel", "vaste maatregelen")
        let priority = Noun(en: "priority", "priorities", nl: "prioriteit", "prioriteiten")
        return Message(en: "\(Language.en.count(moved, measure)) placed or moved, \(Language.en.count(added, fixed)) added, \(given) given a party, \(Language.en.count(priorities, priority)) updated.",
                       nl: "\(Language.nl.count(moved, measure)) ingepland of verplaatst, \(Language.nl.count(added, fixed)) toegevoegd, \(given) aan een partij gegeven, \(Language.nl.count(priorities, priority)) bijgewerkt.")
    }

    static func report(_ p: PlanProposal, calendar: PlanCalendar, source: Message, dossier: Dossier, language: Language, width: Int) -> String {
        let q = calendar.quarters
        let first = calendar.years[0].first, last = calendar.years[calendar.years.count - 1].last
        var out = Message(en: "Plan years \(first) to \(last): \(q.count) quarters (\(q.first!)–\(q.last!)). Themes ranked by \(source.en).\n",
                          nl: "Planjaren \(Language.nl.date(first)) t/m \(Language.nl.date(last)): \(q.count) kwartalen (\(q.first!)–\(q.last!)). Thema's gerangschikt volgens \(source.nl).\n").text(language)
        for y in Handbook.Plan.yearNumbers {
            let themes = p.themeYears.filter { $0.year == y }.map { t in
                "\(t.theme) " + (ThemeCatalogue.handbook.theme(t.theme)?.name(language) ?? "")
            }
            out += Message(en: "  plan year \(y): ", nl: "  planjaar \(y): ").text(language) + (themes.isEmpty ? "-" : themes.joined(separator: ", ")) + "\n"
        }
        let label: (PlanConstraint.Status) -> Message = { s in
            switch s {
            case .met: Message(en: "ok", nl: "ok")
            case .unmet: Message(en: "NOT MET", nl: "NIET")
            case .unknown: .verbatim("?")
            case .notApplicable: Message(en: "n/a", nl: "n.v.t.")
            }
        }
        let rows = p.constraints.map { [label($0.status).text(language), $0.kind.title.text(language), $0.message.text(language)] }
        out += Table(headers: ["", Message(en: "constraint", nl: "eis").text(language), Message(en: "why", nl: "toelichting").text(language)],
                     rows: rows).rendered(width: width)
        // Hours per party per plan year: the busiest quarter of each year.
        let parties = p.load.keys.sorted(by: { a, b in a.count != b.count ? a.count < b.count : a < b })
        if !parties.isEmpty {
            let name: (String) -> String = { dossier.record($0, as: PartyRecord.self)?.name ?? $0 }
            let hours = { (h: Double) in Planner.hoursText(h, language) }
            let loadRows = parties.map { party -> [String] in
                let l = p.load[party]!
                let perYear = Handbook.Plan.yearNumbers.map { y in calendar.quarters.indices.filter { calendar.year(of: q[$0])?.number == y }.map { l[$0] }.max() ?? 0 }
                return [party, name(party)] + perYear.map(hours) + [hours(p.capacity[party] ?? 0)]
            }
            let headers = [Message(en: "party", nl: "partij"), .empty, Message(en: "busiest quarter yr 1", nl: "drukste kwartaal jr 1"),
                           Message(en: "yr 2", nl: "jr 2"), Message(en: "yr 3", nl: "jr 3"), Message(en: "limit", nl: "grens")]
            out += Table(headers: headers.map { $0.text(language) }, rows: loadRows).rendered(width: width)
        }
        if let solver = p.solver { out += solver.message.text(language) + "\n" }
        return out
    }

    /// The matrix rows the proposal changes: the old row under -, the new under +.
    static func diff(before: Dossier, after: Dossier, proposal: PlanProposal, asOf: Day, language: Language, width: Int) -> String {
        let old = MeasuresMatrix.build(before, asOf: asOf, language: language)
        let new = MeasuresMatrix.build(after, asOf: asOf, language: language)
        // One set of columns for both.
        let columns = Array(Set(old.columns + new.columns)).sorted()
        func cells(_ m: MeasuresMatrix, _ row: MeasuresMatrix.Row, _ sign: String) -> [String] {
            // One character per quarter, as the terminal's matrix shows them.
            var marks = [String](repeating: "·", count: columns.count)
            for (i, mark) in row.marks.enumerated() { if let mark, let c = columns.firstIndex(of: m.columns[i]) { marks[c] = mark.rawValue } }
            return [sign, row.id, row.title, row.who, marks.joined()]
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
        let priorities = proposal.changes.filter { $0.isOf(PriorityRecord.self) }
        var out = ""
        if rows.isEmpty && priorities.isEmpty {
            return Message(en: "No changes to the matrix.\n", nl: "Geen wijzigingen in de matrix.\n").text(language)
        }
        out += (Message(en: "Changes (not applied): ", nl: "Wijzigingen (niet toegepast): ") + summary(proposal)).text(language) + "\n"
        if !rows.isEmpty {
            let headers = ["", "#", Message(en: "measure", nl: "maatregel").text(language), Message(en: "who", nl: "wie").text(language)]
                + [MeasuresMatrix.quarterStripHeader(columns)]
            out += Table(headers: headers, rows: rows).rendered(width: width)
        }
        for c in priorities {
            let theme = c.after(as: PriorityRecord.self)?.theme ?? c.id
            let year = c.after(as: PriorityRecord.self)?.year ?? 0
            let was = c.before(as: PriorityRecord.self)?.year.map { " (was \($0))" } ?? ""
            out += Message(en: "  \(theme): plan year \(year)\(was)\n", nl: "  \(theme): planjaar \(year)\(was)\n").text(language)
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
                .object(["constraint": .string(c.kind.rawValue), "status": .string(c.status.rawValue), "message": .string(c.message.en)])
            }),
            "measures": .array(p.items.map { it in
                .object(["id": .string(it.id), "party": it.party.map(JSONValue.string) ?? .null, "new": .bool(it.isNew),
                         "quarters": .array(it.columns.map { .string("\(calendar.quarters[$0])") })])
            }),
            "changes": .number(Double(p.changes.count)),
            "solver": p.solver.map(solverJSON) ?? .null,
        ])
    }

    /// How the exact planner fared, for `plan as json`: no time taken, so that the output is the
    /// same from run to run.
    static func solverJSON(_ r: PlanSolverReport) -> JSONValue {
        var out: [String: JSONValue] = ["name": .string(r.solver), "status": .string(r.status), "message": .string(r.message.en)]
        if case .gap(let g) = r.outcome { out["gap"] = g.map(JSONValue.number) ?? .null }
        if let o = r.objectives {
            out["objectives"] = .object(["outsideYear": .number(Double(o.outsideYear)), "moved": .number(Double(o.moved)), "peak": .number(o.peak)])
        }
        if case .infeasible(let conflicts, _) = r.outcome { out["conflicts"] = .array(conflicts.map { .object(["message": .string($0.en)]) }) }
        return .object(out)
    }
}

/// `plan [as FORMAT] [--what-if] [--hours N] [--replan] [--time SECONDS] [--as-of DATE]`; the
/// numbers are checked as the plan is made, so that their errors come in the order they did.
struct PlanArguments: CommandArguments {
    static let whatIf = SlotName("what-if"), hours = SlotName("hours"), replan = SlotName("replan"), time = SlotName("time")
    let whatIf: Bool
    let hours: ParsedArguments.Word?
    let replan: Bool
    let time: ParsedArguments.Word?

    init(from a: ArgumentReader) throws(Diagnostic) {
        whatIf = try a.flag(Self.whatIf)
        hours = try a.option(Self.hours)?.value
        replan = try a.flag(Self.replan)
        time = try a.option(Self.time)?.value
    }
}
