import KVOModel

/// §4.2.5: every plan year of the matrix holds the fixed measures (inspections, interim evaluation, communications, deliveries of figures).
///
/// Mapping of the handbook's list to `measures.fixed`, per plan year (all three years: the rule is
/// about the plan, not about what has been done yet):
/// - "jaarlijks minimaal 1 dagschouw en 1 avondschouw": ≥ 1 `day-inspection` and ≥ 1 `evening-inspection`;
/// - "jaarlijks tussentijdse evaluatie": ≥ 1 `interim-evaluation` (the year-end `evaluation` is §4.4.1's
///   KVO-4.4.1-YEARLY and does not stand in for it);
/// - "minimaal 2 x per jaar communicatie-uitingen naar achterban ondernemers": ≥ 2 `communication`;
/// - "minimaal 2 x per jaar aanleveren incidentcijfers ... voor de werkgroep overleggen": ≥ 2 `delivery`.
/// `evaluation` and `meeting` are not §4.2.5 fixed measures and are not required here.
/// A measure counts for the plan years its quarters fall in (`PlanFacts.planYear(of:)`: a quarter
/// belongs to the plan year holding its first day); dropped measures do not count.
struct FixedMeasures: RuleEvaluator {
    let id = "KVO-4.2.5-FIXED"

    struct Need {
        let kind: MeasureRecord.Fixed
        var minimum: Int { FixedMeasures.perYear(kind) }
        let en: String
        let nl: String
        var enPlural: String = ""
        var nlPlural: String = ""
    }

    static let needs = [
        Need(kind: .dayInspection, en: "day inspection", nl: "dagschouw"),
        Need(kind: .eveningInspection, en: "evening inspection", nl: "avondschouw"),
        Need(kind: .interimEvaluation, en: "interim evaluation", nl: "tussentijdse evaluatie"),
        Need(kind: .communication, en: "communication to the entrepreneurs", nl: "communicatie-uiting naar de ondernemers",
             enPlural: "communications to the entrepreneurs", nlPlural: "communicatie-uitingen naar de ondernemers"),
        Need(kind: .delivery, en: "delivery of incident figures", nl: "aanlevering van incidentcijfers",
             enPlural: "deliveries of incident figures", nlPlural: "aanleveringen van incidentcijfers"),
    ]

    func evaluate(_ c: CheckContext) -> Finding {
        let years = c.planYears
        guard !years.isEmpty else { return PlanFacts.missingPlanStart() }
        // Each measure's kind and plan years read once: reading its quarters again for every plan
        // year was 0.4 M instructions a dossier (callgrind, 20 example dossiers).
        // (Read in the order the trail of `check --trail` has always shown: kinds and status first.)
        let fixed = c.measures.filter { $0.fixed != nil && !PlanFacts.dropped($0) }
            .map { (measure: $0, kind: $0.fixed!, years: PlanFacts.planYears(of: $0, years)) }
        let unplanned = fixed.filter { $0.years.isEmpty }.map(\.measure.id)
        var shortEN: [String] = [], shortNL: [String] = [], yearsShort: [Int] = []
        var example: (need: Need, year: PlanYear)?
        // The handbook layer's one judgement of §4.2.5, the one `plan` applies after placing.
        let shortfalls = Handbook.Plan.fixedShortfalls(years: years.map(\.number), measures: fixed.map { ($0.kind.rawValue, $0.years) })
        for y in years {
            let inYear = fixed.filter { $0.years.contains(y.number) }
            var en: [String] = [], nl: [String] = []
            for need in Self.needs {
                guard let short = shortfalls.first(where: { $0.year == y.number && $0.kind == need.kind.rawValue }) else { continue }
                let have = short.have
                let more = need.minimum - have
                if example == nil { example = (need, y) }
                en.append(need.minimum == 1 ? "no \(need.en)" : "\(have) of \(need.minimum) \(need.enPlural) (\(more) more)")
                nl.append(need.minimum == 1 ? "geen \(need.nl)" : "\(have) van de \(need.minimum) \(need.nlPlural) (nog \(more))")
            }
            guard !en.isEmpty else { continue }
            yearsShort.append(y.number)
            var hintEN = "", hintNL = ""
            if en.contains("no interim evaluation"), let e = inYear.first(where: { $0.kind == .evaluation }) {
                hintEN = " (\(e.measure.id) is the year-end evaluation, not an interim one)"
                hintNL = " (\(e.measure.id) is de jaarevaluatie, geen tussentijdse)"
            }
            shortEN.append("\(y.label.en) has \(Language.en.list(en))\(hintEN)")
            shortNL.append("\(y.label.nl) heeft \(Language.nl.list(nl))\(hintNL)")
        }
        let unplannedEN = unplanned.isEmpty ? "" : "; \(Language.en.list(unplanned)) \(unplanned.count == 1 ? "has" : "have") no quarter inside the plan years"
        let unplannedNL = unplanned.isEmpty ? "" : "; \(Language.nl.list(unplanned)) \(unplanned.count == 1 ? "heeft" : "hebben") geen kwartaal binnen de planjaren"
        if yearsShort.isEmpty {
            return .met(Message(en: "All \(years.count) plan years (\(years[0].first) to \(years[years.count - 1].last)) hold the fixed measures: a day and an evening inspection, an interim evaluation, \(Self.perYear(.communication)) communications to the entrepreneurs and \(Self.perYear(.delivery)) deliveries of incident figures (\(fixed.count) fixed measures in all\(unplannedEN)).",
                                nl: "Alle \(years.count) planjaren (\(years[0].first) t/m \(years[years.count - 1].last)) bevatten de vaste maatregelen: een dag- en een avondschouw, een tussentijdse evaluatie, \(Self.perYear(.communication)) communicatie-uitingen naar de ondernemers en \(Self.perYear(.delivery)) aanleveringen van incidentcijfers (\(fixed.count) vaste maatregelen in totaal\(unplannedNL))."))
        }
        let k = yearsShort.count
        let (need, year) = example!
        let command = "add measure \"TITLE\" fixed=\(need.kind.rawValue) quarters=\(Self.firstQuarter(year)) party=PA-n goal=G-n"
        let commando = "voegtoe measure \"TITEL\" fixed=\(need.kind.rawValue) quarters=\(Self.firstQuarter(year)) party=PA-n goal=G-n"
        return .notMet(Message(en: "\(k) of the \(years.count) plan years \(k == 1 ? "lacks" : "lack") fixed measures: \(shortEN.joined(separator: "; "))\(unplannedEN).",
                               nl: "\(k) van de \(years.count) planjaren \(k == 1 ? "mist" : "missen") vaste maatregelen: \(shortNL.joined(separator: "; "))\(unplannedNL)."),
                       short: Message(en: "add the missing fixed measures to the matrix, e.g. \(command).",
                                      nl: "voeg de ontbrekende vaste maatregelen toe aan de matrix, bijv. \(commando)."))
    }

    /// How many measures of a fixed kind each plan year holds (§4.2.5, `Handbook.Plan`).
    static func perYear(_ kind: MeasureRecord.Fixed) -> Int { Handbook.Plan.fixedPerYear(kind.rawValue) }

    /// The first quarter wholly inside a plan year (for the example command).
    static func firstQuarter(_ y: PlanYear) -> Quarter {
        let q = y.first.quarter
        return q.firstDay == y.first ? q : q.adding(1)
    }
}
