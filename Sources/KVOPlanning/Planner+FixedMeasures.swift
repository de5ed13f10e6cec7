import KVOModel

/// The fixed measures of §4.2.5 the planner adds: their names, titles and natural moments, and the
/// small text helpers of its messages.
extension Planner {
    /// Default hours of the fixed measures the planner adds.
    static let fixedHours: [String: Double] = [
        "day-inspection": 16, "evening-inspection": 16, "interim-evaluation": 6, "communication": 6, "delivery": 4,
    ]

    /// §4.2.5 per plan year: kind and how many.
    static let fixedNeeds: [(kind: String, count: Int)] = [
        ("day-inspection", 1), ("evening-inspection", 1), ("interim-evaluation", 1), ("communication", 2), ("delivery", 2),
    ]

    /// "a day inspection", "2 communications".
    static func fixedName(_ kind: String, _ n: Int, dutch: Bool) -> String {
        let names: [String: (en: String, enPlural: String, nl: String, nlPlural: String)] = [
            "day-inspection": ("day inspection", "day inspections", "dagschouw", "dagschouwen"),
            "evening-inspection": ("evening inspection", "evening inspections", "avondschouw", "avondschouwen"),
            "interim-evaluation": ("interim evaluation", "interim evaluations", "tussentijdse evaluatie", "tussentijdse evaluaties"),
            "communication": ("communication", "communications", "communicatie-uiting", "communicatie-uitingen"),
            "delivery": ("delivery of incident figures", "deliveries of incident figures", "aanlevering van incidentcijfers", "aanleveringen van incidentcijfers"),
        ]
        guard let name = names[kind] else { return "\(n) \(kind)" }
        if n == 1 { return dutch ? "een \(name.nl)" : (name.en.first.map { "aeiou".contains($0) } == true ? "an " : "a ") + name.en }
        return "\(n) " + (dutch ? name.nlPlural : name.enPlural)
    }

    static func fixedTitle(_ kind: String, number: Int, of count: Int, year: Int, dutch: Bool) -> String {
        let nth = count > 1 ? " \(number)" : ""
        switch (kind, dutch) {
        case ("day-inspection", true): return "Dagschouw planjaar \(year)"
        case ("day-inspection", false): return "Day inspection, plan year \(year)"
        case ("evening-inspection", true): return "Avondschouw planjaar \(year)"
        case ("evening-inspection", false): return "Evening inspection, plan year \(year)"
        case ("interim-evaluation", true): return "Tussenevaluatie planjaar \(year)"
        case ("interim-evaluation", false): return "Interim evaluation, plan year \(year)"
        case ("communication", true): return "Voortgangsbericht\(nth) aan alle ondernemers, planjaar \(year)"
        case ("communication", false): return "Progress update\(nth) to all entrepreneurs, plan year \(year)"
        case ("delivery", true): return "Aanlevering incidentcijfers voor het overleg\(count > 1 ? " (\(number))" : ""), planjaar \(year)"
        default: return "Incident figures for the meeting\(count > 1 ? " (\(number))" : ""), plan year \(year)"
        }
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

    public static func hoursText(_ h: Double) -> String {
        let r = (h * 10).rounded() / 10
        return (r == r.rounded() ? "\(Int(r))" : "\(r)") + " h"
    }
}
