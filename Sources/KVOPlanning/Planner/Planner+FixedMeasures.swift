import KVOModel

/// The fixed measures of §4.2.5 the planner adds: their names, titles and natural moments, and the
/// small text helpers of its messages.
extension Planner {
    /// Default hours of the fixed measures the planner adds.
    static let fixedHours: [MeasureRecord.Fixed: Double] = [
        .dayInspection: 16, .eveningInspection: 16, .interimEvaluation: 6, .communication: 6, .delivery: 4,
    ]

    /// §4.2.5 per plan year: kind and how many (`Handbook.Plan.fixedMeasures`, whose kinds are
    /// values of `measures.fixed`).
    static let fixedNeeds: [(kind: MeasureRecord.Fixed, count: Int)] = Handbook.Plan.fixedMeasures.compactMap { f in
        MeasureRecord.Fixed(rawValue: f.kind).map { ($0, f.perYear) }
    }

    /// "a day inspection", "2 communications" / "een dagschouw", "2 communicatie-uitingen".
    static func fixedName(_ kind: MeasureRecord.Fixed, _ n: Int) -> Message {
        let nouns: [MeasureRecord.Fixed: (noun: Noun, article: String)] = [
            .dayInspection: (Noun(en: "day inspection", "day inspections", nl: "dagschouw", "dagschouwen"), "a"),
            .eveningInspection: (Noun(en: "evening inspection", "evening inspections", nl: "avondschouw", "avondschouwen"), "an"),
            .interimEvaluation: (Noun(en: "interim evaluation", "interim evaluations", nl: "tussentijdse evaluatie", "tussentijdse evaluaties"), "an"),
            .communication: (Noun(en: "communication", "communications", nl: "communicatie-uiting", "communicatie-uitingen"), "a"),
            .delivery: (Noun(en: "delivery of incident figures", "deliveries of incident figures",
                             nl: "aanlevering van incidentcijfers", "aanleveringen van incidentcijfers"), "a"),
        ]
        guard let (noun, article) = nouns[kind] else { return .verbatim("\(n) \(kind.rawValue)") }
        if n == 1 { return Message(en: "\(article) " + noun.form(1, .en), nl: "een " + noun.form(1, .nl)) }
        return noun.counted(n)
    }

    /// A fixed measure the planner adds, planned, with the ID its change set reserved for it.
    static func fixedMeasure(_ kind: MeasureRecord.Fixed, id: String, number: Int, of count: Int, year: Int, language: Language) -> MeasureRecord {
        var m = MeasureRecord()
        // The one field without a typed setter: a new record's ID is read, never set, by the
        // typed records, and this one was reserved by the change set (`ChangeSet.newID`).
        m.id = id
        m.title = fixedTitle(kind, number: number, of: count, year: year, language: language)
        m.fixed = kind
        m.status = .planned
        m.hours = fixedHours[kind] ?? 0
        return m
    }

    /// The title of an added fixed measure, in the dossier's language.
    static func fixedTitle(_ kind: MeasureRecord.Fixed, number: Int, of count: Int, year: Int, language: Language) -> String {
        let nth = count > 1 ? " \(number)" : ""
        let numbered = count > 1 ? " (\(number))" : ""
        let title: Message = switch kind {
        case .dayInspection: Message(en: "Day inspection, plan year \(year)", nl: "Dagschouw planjaar \(year)")
        case .eveningInspection: Message(en: "Evening inspection, plan year \(year)", nl: "Avondschouw planjaar \(year)")
        case .interimEvaluation: Message(en: "Interim evaluation, plan year \(year)", nl: "Tussenevaluatie planjaar \(year)")
        case .communication: Message(en: "Progress update\(nth) to all entrepreneurs, plan year \(year)",
                                      nl: "Voortgangsbericht\(nth) aan alle ondernemers, planjaar \(year)")
        default: Message(en: "Incident figures for the meeting\(numbered), plan year \(year)",
                         nl: "Aanlevering incidentcijfers voor het overleg\(numbered), planjaar \(year)")
        }
        return title.text(language)
    }

    /// Where an added fixed measure goes best within its open quarters: an evening inspection in the
    /// dark months (Q4 or Q1), a day inspection a quarter in, an interim evaluation mid-year, the two
    /// communications and two deliveries spread apart.
    static func preferredColumn(_ kind: MeasureRecord.Fixed, index: Int, of count: Int, in open: [Int], calendar: PlanCalendar) -> Int? {
        guard !open.isEmpty else { return nil }
        let pick: (Int) -> Int = { open[min(max($0, 0), open.count - 1)] }
        switch kind {
        case .eveningInspection:
            return open.first { [4, 1].contains(calendar.quarters[$0].number) } ?? pick(open.count - 1)
        case .dayInspection: return pick(1)
        case .interimEvaluation: return pick(open.count / 2)
        default:
            return count > 1 ? pick(index == 0 ? 0 : open.count - 1 - (open.count > 2 ? 1 : 0)) : pick(0)
        }
    }

    /// Hours to one decimal, rounded half up: "12.5 h" / "12,5 uur".
    package static func hoursText(_ h: Double, _ language: Language) -> String {
        language.number(h, decimals: 1) + Message(en: " h", nl: " uur").text(language)
    }
}
