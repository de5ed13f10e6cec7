import KVOModel
import KVOChecks

/// How a report says things in its language: the choice between the English and the Dutch
/// words, dates written out ("8 oktober 2024"), and percentages with the language's decimal
/// sign ("26,3%" in Dutch). Integer arithmetic only, so the same figures always print alike.
public struct Wording: Sendable, Equatable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    public var dutch: Bool { language == .nl }

    /// The English or the Dutch text.
    public func t(_ en: String, _ nl: String) -> String { dutch ? nl : en }

    static let dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                              "oktober", "november", "december"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                "October", "November", "December"]

    /// "8 oktober 2024" or "8 October 2024".
    public func date(_ day: Day) -> String {
        let months = dutch ? Wording.dutchMonths : Wording.englishMonths
        return "\(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// A date field as written out, or nil when it holds no date.
    public func date(_ text: String?) -> String? { text.flatMap { Day($0) }.map(date) }

    /// `part` of `whole` in percent with one decimal, rounded half up: 8 of 31 is "25,8%".
    /// "–" when the whole is zero.
    public func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        return tenths((part * 2000 + whole) / (2 * whole)) + "%"
    }

    /// A share (0...1) in percent with one decimal: 0.258 is "25,8%".
    public func percent(_ share: Double) -> String {
        tenths(Int((share * 1000).rounded())) + "%"
    }

    /// Tenths as a decimal number: 258 is "25,8", 250 is "25".
    public func tenths(_ value: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let v = abs(value)
        return v % 10 == 0 ? "\(sign)\(v / 10)" : "\(sign)\(v / 10)\(dutch ? "," : ".")\(v % 10)"
    }

    /// A number with at most one decimal: 16 is "16", 2.5 is "2,5".
    public func number(_ value: Double) -> String { tenths(Int((value * 10).rounded())) }

    /// "a, b and c" / "a, b en c".
    public func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + t(" and ", " en ") + items.last!
        }
    }

    /// "yes" / "ja".
    public func yesNo(_ value: Bool?) -> String {
        switch value {
        case true?: t("yes", "ja")
        case false?: t("no", "nee")
        case nil: ""
        }
    }

    /// "day" or "evening" inspection.
    public func inspectionTime(_ time: String?) -> String {
        switch time {
        case "day": t("day inspection", "dagschouw")
        case "evening": t("evening inspection", "avondschouw")
        default: t("inspection", "schouw")
        }
    }
}
