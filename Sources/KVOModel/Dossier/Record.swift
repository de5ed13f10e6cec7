/// One record of the dossier: its JSON object, `id` included (sections that exist once have no
/// `id` field; their ID is the section's name). Fields kvo does not know stay in the object.
public struct Record: Sendable, Equatable {
    public var fields: [String: JSONValue]

    public init(fields: [String: JSONValue]) { self.fields = fields }

    public var id: String { fields[Record.idField]?.stringValue ?? "" }

    public subscript(_ field: String) -> JSONValue? {
        get { fields[field] }
        set { fields[field] = newValue }
    }
}
