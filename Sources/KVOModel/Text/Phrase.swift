/// Small pieces of the sentences kvo writes in English and Dutch, in one place for every layer.
public enum Phrase {
    /// "A", "A and B", "A, B and C" (`conjunction` is "and" or "en").
    public static func listed(_ items: [String], _ conjunction: String) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
        }
    }

    /// The text with its first letter in capitals, to start a sentence.
    public static func capitalised(_ s: some StringProtocol) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
