import KVOModel
import KVOChecks

/// The plan of action of §4.2 ("plan van aanpak"): its adoption and evaluation moments, the
/// SMART goals per theme, the measures matrix with WHO, the quarters of the three plan years
/// and PROGRESS, the spread of measures over the parties, and the fixed measures of §4.2.5.
public enum PlanOfActionReport {
    public static func make(_ c: ReportContext) -> Document {
        func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }
        let w = c.words
        let plan = c.section("plan")
        var blocks: [Block] = [.heading(2, t("The plan", "Het plan"))]
        var facts: [Fact] = []
        if let adopted = w.date(plan.string("adopted")) {
            facts.append(Fact(t("Adopted", "Vastgesteld"), adopted))
        }
        let approved = plan.strings("approvedBy")
        let members = c.records("members")
        if !approved.isEmpty {
            facts.append(Fact(t("Approved by", "Goedgekeurd door"),
                              t("\(approved.count) of \(members.count) members: ", "\(approved.count) van \(members.count) leden: ")
                                + approved.map { c.name(of: $0) ?? $0 }.joined(separator: ", ")))
        }
        for y in c.checks.planYears {
            facts.append(Fact(t("Plan year \(y.number)", "Planjaar \(y.number)"), w.date(y.first) + t(" to ", " t/m ") + w.date(y.last)))
        }
        if facts.isEmpty {
            blocks.append(.note(t("The plan has not been adopted yet (§4.3: set plan adopted=YYYY-MM-DD).",
                                  "Het plan is nog niet vastgesteld (§4.3: set plan adopted=JJJJ-MM-DD).")))
        } else {
            blocks.append(.facts(facts))
        }
        let evaluations = plan.strings("evaluations").map(c.text)
        if !evaluations.isEmpty {
            blocks.append(.paragraph(t("Evaluations (§4.4):", "Evaluatiemomenten (§4.4):")))
            blocks.append(.bullets(evaluations))
        }

        blocks.append(.heading(2, t("Goals (§4.2.1, §4.2.2)", "Doelstellingen (§4.2.1, §4.2.2)")))
        blocks += goals(c)

        blocks.append(.heading(2, t("Measures matrix (§4.2.4)", "Maatregelmatrix (§4.2.4)")))
        let section = MeasuresMatrixSection(c: c)
        blocks += section.blocks()

        blocks.append(.heading(2, t("Progress", "Voortgang")))
        blocks += MeetingsReport.progress(c)
        let balance = section.balance()
        if !balance.isEmpty {
            blocks.append(.heading(3, t("Measures per party", "Maatregelen per partij")))
            blocks += balance
        }

        blocks.append(.heading(2, t("Fixed measures per plan year (§4.2.5)", "Vaste maatregelen per planjaar (§4.2.5)")))
        blocks += fixed(c)

        return Document(title: t("Plan of action", "Plan van aanpak"), preface: c.preface(), language: c.language,
                        blocks: blocks, fileName: t("plan-of-action", "plan-van-aanpak"))
    }

    static func goals(_ c: ReportContext) -> [Block] {
        func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }
        let w = c.words
        let goals = c.records("goals")
        guard !goals.isEmpty else {
            return [.note(t("No goals are recorded (add goal theme=T05 description=\"...\").", "Er zijn geen doelstellingen vastgelegd (add goal theme=T05 description=\"...\")."))]
        }
        let rank = Dictionary(c.records("priorities").compactMap { p in p.string("theme").map { ($0, p.int("rank") ?? Int.max) } },
                              uniquingKeysWith: min)
        var themes: [String] = []
        for g in goals { if let th = g.string("theme"), !themes.contains(th) { themes.append(th) } }
        themes.sort { (rank[$0] ?? Int.max, $0) < (rank[$1] ?? Int.max, $1) }
        let mandatory = Set(ThemeCatalogue.handbook.themes.filter(\.mandatory).map(\.id))
        let covered = themes.filter(mandatory.contains).count
        var out: [Block] = [.paragraph(t("Goals cover \(covered) of the \(mandatory.count) mandatory themes (at least 7, §4.2.2) and \(themes.count - covered) other theme\(themes.count - covered == 1 ? "" : "s").",
                                         "De doelstellingen dekken \(covered) van de \(mandatory.count) verplichte thema's (minimaal 7, §4.2.2) en \(themes.count - covered) ander\(themes.count - covered == 1 ? "" : "e") thema\(themes.count - covered == 1 ? "" : "'s")."))]
        for theme in themes {
            out.append(.heading(3, c.themeName(theme)))
            let items = goals.filter { $0.string("theme") == theme }.map { g -> NumberedItem in
                var details: [Fact] = []
                if c.isCluster, let park = g.string("park") { details.append(Fact(t("Park", "Terrein"), c.parkName(park))) }
                details.append(Fact(t("Measurable (norm)", "Meetbaar (norm)"), c.field(g, "norm") ?? c.missing))
                if let baseline = c.field(g, "baseline") { details.append(Fact(t("Starting value", "Nulmeting"), baseline)) }
                if let target = c.field(g, "target") { details.append(Fact(t("Target", "Streefwaarde"), target)) }
                details.append(Fact(t("Deadline", "Termijn"), w.date(g.string("deadline")) ?? c.missing))
                details.append(Fact(t("Accepted by the workgroup", "Gedragen door de werkgroep"), g.bool("accepted").map(w.yesNo) ?? c.missing))
                details.append(Fact(t("Realistic", "Realistisch"), g.bool("realistic").map(w.yesNo) ?? c.missing))
                return NumberedItem(number: g.id, title: c.field(g, "description") ?? c.missing, details: details)
            }
            out.append(.numbered(items))
        }
        return out
    }

    static func fixed(_ c: ReportContext) -> [Block] {
        func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }
        let years = c.checks.planYears
        guard !years.isEmpty else {
            return [.note(t("The plan years start when the plan is adopted.", "De planjaren beginnen als het plan is vastgesteld."))]
        }
        let kinds: [(String, String, String, Int)] = [
            ("day-inspection", "day inspection", "dagschouw", 1), ("evening-inspection", "evening inspection", "avondschouw", 1),
            ("interim-evaluation", "interim evaluation", "tussentijdse evaluatie", 1),
            ("communication", "communication to the entrepreneurs", "communicatie naar de ondernemers", 2),
            ("delivery", "delivery of incident figures", "aanlevering incidentcijfers", 2),
        ]
        let measures = c.records("measures").filter { $0.string("status") != "dropped" }
        let rows = kinds.map { kind, en, nl, minimum -> [String] in
            let list = measures.filter { $0.string("fixed") == kind }
            return [t(en, nl), "\(minimum)"] + years.map { y in
                "\(list.filter { m in m.strings("quarters").compactMap { Quarter($0) }.contains { PlanCalendar.year(of: $0, in: years)?.number == y.number } }.count)"
            }
        }
        return [.table(ReportTable(headers: [t("fixed measure", "vaste maatregel"), t("at least", "minimaal")] + years.map { t("plan year \($0.number)", "planjaar \($0.number)") },
                                   rows: rows, numeric: Set(1..<(2 + years.count))))]
    }
}
