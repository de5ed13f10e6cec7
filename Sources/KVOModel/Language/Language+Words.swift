/// Lists, plurals, dates and yes/no as each language writes them.
extension Language {
    /// "a", "a and b", "a, b and c" / "a, b en c".
    public func list(_ items: [String]) -> String { joinList(items, self == .nl ? "en" : "and") }

    /// "a, b or c" / "a, b of c".
    public func alternatives(_ items: [String]) -> String { joinList(items, self == .nl ? "of" : "or") }

    private func joinList(_ items: [String], _ conjunction: String) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }

    /// A count with its noun in the right number: "1 reactie", "2 reacties".
    public func count(_ n: Int, _ noun: Noun) -> String { "\(n) " + noun.form(n, self) }

    /// "8 oktober 2024" / "8 October 2024".
    public func date(_ day: Day) -> String {
        let months = self == .nl ? Language.dutchMonths : Language.englishMonths
        return "\(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// A month's name: 10 is "oktober" / "October".
    public func month(_ number: Int) -> String {
        guard (1...12).contains(number) else { return String(number) }
        return (self == .nl ? Language.dutchMonths : Language.englishMonths)[number - 1]
    }

    /// "yes"/"ja", "no"/"nee".
    public func yesNo(_ value: Bool) -> String {
        switch (self, value) {
        case (.nl, true): "ja"
        case (.nl, false): "nee"
        case (.en, true): "yes"
        case (.en, false): "no"
        }
    }

    static let dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                              "oktober", "november", "december"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                "October", "November", "December"]
}

/// A noun in both languages and both numbers: `Noun(en: "response", "responses", nl: "reactie",
/// "reacties")`. Dutch and English do not agree on much else, so the four forms are written out.
public struct Noun: Sendable, Hashable {
    public let en: (one: String, many: String)
    public let nl: (one: String, many: String)

    public init(en one: String, _ many: String, nl nlOne: String, _ nlMany: String) {
        en = (one, many)
        nl = (nlOne, nlMany)
    }

    public func form(_ n: Int, _ language: Language) -> String {
        let forms = language == .nl ? nl : en
        return n == 1 ? forms.one : forms.many
    }

    /// "1 response" / "2 reacties" as a message.
    public func counted(_ n: Int) -> Message { Message(en: "\(n) " + form(n, .en), nl: "\(n) " + form(n, .nl)) }

    public static func == (a: Noun, b: Noun) -> Bool { a.en == b.en && a.nl == b.nl }
    public func hash(into h: inout Hasher) { h.combine(en.one); h.combine(nl.one) }
}
