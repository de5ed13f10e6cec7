import KVOModel

/// The fixed measures of §4.2.5 the planner adds: their names, titles and natural moments, and the
/// small text helpers of its messages.
extension Planner {
    /// Default hours of the fixed measures the planner adds.
    static let fixedHours: [String: Double] = [
        "day-inspection": 16, "evening-inspection": 16, "interim-evaluation": 6, "communication": 6, "delivery": 4,
    ]

    /// §4.2.5 per plan year: kind and how many (`Handbook.Plan.fixedMeasures`).
    static let fixedNeeds: [(kind: String, count: Int)] = Handbook.Plan.fixedMeasures.map { ($0.kind, $0.perYear) }

    /// "a day inspection", "2 communications" / "een dagschouw", "2 communicatie-uitingen".
    static func fixedName(_ kind: String, _ n: Int) -> Message {
        let nouns: [String: (noun: Noun, article: String)] = [
            "day-inspection": (Noun(en: "day inspection", "day inspections", nl: "dagschouw", "dagschouwen"), "a"),
            "evening-inspection": (Noun(en: "evening inspection", "evening inspections", nl: "avondschouw", "avondschouwen"), "an"),
            "interim-evaluation": (Noun(en: "interim evaluation", "interim evaluations", nl: "tussentijdse evaluatie", "tussentijdse evaluaties"), "an"),
            "communication": (Noun(en: "communication", "communications", nl: "communicatie-uiting", "communicatie-uitingen"), "a"),
            "delivery": (Noun(en: "delivery of incident figures", "deliveries of incident figures",
                              nl: "aanlevering van incidentcijfers", "aanleveringen van incidentcijfers"), "a"),
        ]
        guard let (noun, article) = nouns[kind] else { return .verbatim("\(n) \(kind)") }
        if n == 1 { return Message(en: "\(article) " + noun.form(1, .en), nl: "een " + noun.form(1, .nl)) }
        return noun.counted(n)
    }

    /// The title of an added fixed measure, in the dossier's language.
    static func fixedTitle(_ kind: String, number: Int, of count: Int, year: Int, language: Language) -> String {
        let nth = count > 1 ? " \(number)" : ""
        let numbered = count > 1 ? " (\(number))" : ""
        let title: Message = switch kind {
        case "day-inspection": Message(en: "Day inspection, plan year \(year)", nl: "Dagschouw planjaar \(year)")
        case "evening-inspection": Message(en: "Evening inspection, plan year \(year)", nl: "Avondschouw planjaar \(year)")
        case "interim-evaluation": Message(en: "Interim evaluation, plan year \(year)", nl: "Tussenevaluatie planjaar \(year)")
        case "communication": Message(en: "Progress update\(nth) to all entrepreneurs, plan year \(year)",
                                      nl: "Voortgangsbericht\(nth) aan alle ondernemers, planjaar \(year)")
        default: Message(en: "Incident figures for the meeting\(numbered), plan year \(year)",
                         nl: "Aanlevering incidentcijfers voor het overleg\(numbered), planjaar \(year)")
        }
        return title.text(language)
    }

    /// Where an added fixed measure goes best within its open quarters: an evening inspection in the
    /// dark months (Q4 or Q1), a day inspection a quarter in, an interim evaluation mid-year, the two
    /// communications and two deliveries spread apart.
    static func preferredColumn(_ kind: String, index: Int, of count: Int, in open: [Int], calendar: PlanCalendar) -> Int? {
        guard !open.isEmpty else { return nil }
        let pick: (Int) -> Int = { open[min(max($0, 0), open.count - 1)] }
        switch kind {
        case "evening-inspection":
            return open.first { [4, 1].contains(calendar.quarters[$0].number) } ?? pick(open.count - 1)
        case "day-inspection": return pick(1)
        case "interim-evaluation": return pick(open.count / 2)
        default:
            return count > 1 ? pick(index == 0 ? 0 : open.count - 1 - (open.count > 2 ? 1 : 0)) : pick(0)
        }
    }

    /// Hours to one decimal, rounded half up: "12.5 h" / "12,5 uur".
    public static func hoursText(_ h: Double, _ language: Language) -> String {
        language.number(h, decimals: 1) + Message(en: " h", nl: " uur").text(language)
    }
}
