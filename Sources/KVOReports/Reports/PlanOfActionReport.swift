import KVOModel
import KVOChecks

/// The plan of action of §4.2 ("plan van aanpak"): its adoption and evaluation moments, the
/// SMART goals per theme, the measures matrix with WHO, the quarters of the three plan years
/// and PROGRESS, the spread of measures over the parties, and the fixed measures of §4.2.5.
package enum PlanOfActionReport {
    package static func make(_ c: ReportContext) -> Document {
        let language = c.language
        let plan = c.plan
        var blocks: [Block] = [.heading(2, c.text(Message(en: "The plan", nl: "Het plan")))]
        var facts: [Fact] = []
        if let adopted = plan.adopted {
            facts.append(Fact(c.text(Message(en: "Adopted", nl: "Vastgesteld")), language.date(adopted)))
        }
        let approved = plan.approvedBy
        let members = c.members
        if !approved.isEmpty {
            let names = approved.map { c.name(of: $0, as: MemberRecord.self) ?? $0 }.joined(separator: ", ")
            facts.append(Fact(c.text(Message(en: "Approved by", nl: "Goedgekeurd door")),
                              c.text(Message(en: "\(approved.count) of \(members.count) members: \(names)",
                                             nl: "\(approved.count) van \(members.count) leden: \(names)"))))
        }
        for y in c.checks.planYears {
            let (first, last) = (language.date(y.first), language.date(y.last))
            facts.append(Fact(c.text(Message(en: "Plan year \(y.number)", nl: "Planjaar \(y.number)")),
                              c.text(Message(en: "\(first) to \(last)", nl: "\(first) t/m \(last)"))))
        }
        if facts.isEmpty {
            blocks.append(.note(c.text(Message(en: "The plan has not been adopted yet.",
                                               nl: "Het plan is nog niet vastgesteld."))))
        } else {
            blocks.append(.facts(facts))
        }
        let evaluations = plan.evaluations.map(c.text)
        if !evaluations.isEmpty {
            blocks.append(.paragraph(c.text(Message(en: "Evaluations (§4.4):", nl: "Evaluatiemomenten (§4.4):"))))
            blocks.append(.bullets(evaluations))
        }

        blocks.append(.heading(2, c.text(Message(en: "Goals (§4.2.1, §4.2.2)", nl: "Doelstellingen (§4.2.1, §4.2.2)"))))
        blocks += goals(c)

        blocks.append(.heading(2, c.text(Message(en: "Measures matrix (§4.2.4)", nl: "Maatregelmatrix (§4.2.4)"))))
        let section = MeasuresMatrixSection(c: c)
        blocks += section.blocks()

        blocks.append(.heading(2, c.text(Message(en: "Progress", nl: "Voortgang"))))
        blocks += MeetingsReport.progress(c)
        let balance = section.balance()
        if !balance.isEmpty {
            blocks.append(.heading(3, c.text(Message(en: "Measures per party", nl: "Maatregelen per partij"))))
            blocks += balance
        }

        blocks.append(.heading(2, c.text(Message(en: "Fixed measures per plan year (§4.2.5)", nl: "Vaste maatregelen per planjaar (§4.2.5)"))))
        blocks += fixed(c)

        return Document(title: c.text(Message(en: "Plan of action", nl: "Plan van aanpak")), preface: c.preface(), language: c.language,
                        blocks: blocks, fileName: c.text(Message(en: "plan-of-action", nl: "plan-van-aanpak")))
    }

    static func goals(_ c: ReportContext) -> [Block] {
        let language = c.language
        let goals = c.goals
        guard !goals.isEmpty else {
            return [.note(c.text(Message(en: "No goals are recorded.",
                                         nl: "Er zijn geen doelstellingen vastgelegd.")))]
        }
        let rank = Dictionary(c.priorities.compactMap { p in p.theme.map { ($0, p.rank ?? Int.max) } },
                              uniquingKeysWith: min)
        var themes: [String] = []
        for g in goals { if let th = g.theme, !themes.contains(th) { themes.append(th) } }
        themes.sort { (rank[$0] ?? Int.max, $0) < (rank[$1] ?? Int.max, $1) }
        let mandatory = Set(Handbook.Survey.mandatoryThemes.map(\.id))
        let covered = themes.filter(mandatory.contains).count
        let others = themes.count - covered
        let otherThemes = Noun(en: "other theme", "other themes", nl: "ander thema", "andere thema's").counted(others)
        var out: [Block] = [.paragraph(c.text(Message(
            en: "Goals cover \(covered) of the \(mandatory.count) mandatory themes (at least \(Handbook.Plan.minimumMandatoryThemesWithGoal), §4.2.2) and \(otherThemes.en).",
            nl: "De doelstellingen dekken \(covered) van de \(mandatory.count) verplichte thema's (minimaal \(Handbook.Plan.minimumMandatoryThemesWithGoal), §4.2.2) en \(otherThemes.nl).")))]
        let missing = c.missing
        for theme in themes {
            out.append(.heading(3, c.themeName(theme)))
            let items = goals.filter { $0.theme == theme }.map { g -> NumberedItem in
                var details: [Fact] = []
                if c.isCluster, let park = g.park { details.append(Fact(c.text(Message(en: "Park", nl: "Terrein")), c.parkName(park))) }
                details.append(Fact(c.text(Message(en: "Measurable (norm)", nl: "Meetbaar (norm)")), g.norm.map(c.text) ?? missing))
                if let baseline = g.baseline.map(c.text) { details.append(Fact(c.text(Message(en: "Starting value", nl: "Nulmeting")), baseline)) }
                if let target = g.target.map(c.text) { details.append(Fact(c.text(Message(en: "Target", nl: "Streefwaarde")), target)) }
                details.append(Fact(c.text(Message(en: "Deadline", nl: "Termijn")), g.deadline.map(language.date) ?? missing))
                details.append(Fact(c.text(Message(en: "Accepted by the workgroup", nl: "Gedragen door de werkgroep")),
                                    g.accepted.map(language.yesNo) ?? missing))
                details.append(Fact(c.text(Message(en: "Realistic", nl: "Realistisch")), g.realistic.map(language.yesNo) ?? missing))
                return NumberedItem(number: g.id, title: g.description.map(c.text) ?? missing, details: details)
            }
            out.append(.numbered(items))
        }
        return out
    }

    static func fixed(_ c: ReportContext) -> [Block] {
        let years = c.checks.planYears
        guard !years.isEmpty else {
            return [.note(c.text(Message(en: "The plan years start when the plan is adopted.", nl: "De planjaren beginnen als het plan is vastgesteld.")))]
        }
        let kinds: [(MeasureRecord.Fixed, Message, Int)] = [
            (.dayInspection, Message(en: "day inspection", nl: "dagschouw"), 1),
            (.eveningInspection, Message(en: "evening inspection", nl: "avondschouw"), 1),
            (.interimEvaluation, Message(en: "interim evaluation", nl: "tussentijdse evaluatie"), 1),
            (.communication, Message(en: "communication to the entrepreneurs", nl: "communicatie naar de ondernemers"), 2),
            (.delivery, Message(en: "delivery of incident figures", nl: "aanlevering incidentcijfers"), 2),
        ]
        let measures = c.measures.filter { $0.status != .dropped }
        let rows = kinds.map { kind, name, minimum -> [String] in
            let list = measures.filter { $0.fixed == kind }
            return [c.text(name), "\(minimum)"] + years.map { y in
                "\(list.filter { m in m.quarters.contains { PlanCalendar.year(of: $0, in: years)?.number == y.number } }.count)"
            }
        }
        let headers = [Message(en: "fixed measure", nl: "vaste maatregel"), Message(en: "at least", nl: "minimaal")]
            + years.map { Message(en: "plan year \($0.number)", nl: "planjaar \($0.number)") }
        return [.table(Table(headers: headers.map(c.text), rows: rows, numeric: Set(1..<(2 + years.count))))]
    }
}
