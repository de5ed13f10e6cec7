/// A kind of record in the dossier: its name in commands (`measures`, singular `measure`, Dutch
/// `maatregel`), its key in the file, its ID prefix (`M` gives M-1, M-2, ...), and its fields.
public struct RecordKind: Sendable {
    /// Plural, as in `list measures`; also the key of its list in the file.
    public let name: String
    public let singular: String
    /// Other names a user may type, Dutch ones among them.
    public let aliases: [String]
    /// ID prefix; nil for a section that exists once (`organisation`, `plan`), whose ID is its name.
    public let prefix: String?
    /// The handbook paragraphs it serves, for help.
    public let paragraphs: String
    public let summary: Message
    public let fields: [FieldSpec]

    public init(_ name: String, singular: String, aliases: [String] = [], prefix: String?, paragraphs: String,
                summary: Message, fields: [FieldSpec]) {
        self.name = name
        self.singular = singular
        self.aliases = aliases
        self.prefix = prefix
        self.paragraphs = paragraphs
        self.summary = summary
        self.fields = fields
    }

    public var isSingleton: Bool { prefix == nil }

    /// The paragraphs as a session of this language shows them: "bijlage 1 B1.2", "alle".
    public func paragraphs(in language: Language) -> String {
        guard language == .nl else { return paragraphs }
        if paragraphs == "all" { return "alle" }
        return paragraphs.hasPrefix("annex ") ? "bijlage " + paragraphs.dropFirst(6) : paragraphs
    }

    public func field(_ name: String) -> FieldSpec? { fields.first { $0.name == name } }

    /// Field names with `id` first, for listing and completion.
    public var fieldNames: [String] { (isSingleton ? [] : ["id"]) + fields.map(\.name) }

    /// Whether `id` has this kind's shape: PREFIX-NUMBER.
    public func owns(id: String) -> Bool {
        if plainNumber(of: id) != nil { return true }
        guard let prefix, id.hasPrefix(prefix + "-") else { return false }
        let number = id.dropFirst(prefix.count + 1)
        // ASCII digits first, without Unicode's character properties (30 M instructions opening
        // the upper-bound dossier); anything else is judged as before.
        if !number.isEmpty, number.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return number.utf8.first != 0x30 }
        return !number.isEmpty && number.allSatisfy(\.isNumber) && number.first != "0"
    }

    /// The number of an ID of this kind (M-12 gives 12).
    public func number(of id: String) -> Int? {
        if let n = plainNumber(of: id) { return n }
        guard owns(id: id), let prefix else { return nil }
        return Int(id.dropFirst(prefix.count + 1))
    }

    /// The number of an ID of the plain shape, read byte by byte: the prefix, `-`, then 1 to 18
    /// ASCII digits not starting with 0. nil for anything else, which `owns` and `number` then
    /// judge as before. Without it `add` spent 49 M instructions finding the highest of the
    /// 20,000 incident numbers (a String built per ID for `hasPrefix`).
    private func plainNumber(of id: String) -> Int? {
        guard let prefix else { return nil }
        var bytes = id.utf8.makeIterator()
        for p in prefix.utf8 { guard bytes.next() == p else { return nil } }
        guard bytes.next() == 0x2D else { return nil }
        var n = 0, digits = 0
        while let b = bytes.next() {
            guard b >= 0x30, b <= 0x39, digits < 18, digits > 0 || b != 0x30 else { return nil }
            n = n * 10 + Int(b - 0x30)
            digits += 1
        }
        return digits > 0 ? n : nil
    }
}
