/// One field of a record kind.
public struct FieldSpec: Sendable {
    public let name: String
    public let type: FieldType
    public let required: Bool
    /// Phone numbers and e-mail addresses (§3.2, AVG): never in a published report.
    public let personal: Bool
    /// One line for `help`, completion and the JSON Schema.
    public let summary: Message

    public init(_ name: String, _ type: FieldType, required: Bool = false, personal: Bool = false, _ summary: Message) {
        self.name = name
        self.type = type
        self.required = required
        self.personal = personal
        self.summary = summary
    }
}
