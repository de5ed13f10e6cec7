/// Small pieces of the sentences kvo writes, in one place for every layer (lists and plurals
/// are the language's: `Language.list`, `Noun`).
public enum Phrase {
    /// The text with its first letter in capitals, to start a sentence.
    public static func capitalised(_ s: some StringProtocol) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
