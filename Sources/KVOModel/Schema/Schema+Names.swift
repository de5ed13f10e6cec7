/// The names the file format gives that are no record field: every record's `id`, and the
/// dossier's own top-level fields. Written once here, with the schema, like the field names of
/// the generated records.
extension Record {
    /// Every record's ID field (singletons have none).
    public static let idField = "id"
}

extension Schema {
    /// The dossier's name (a top-level field, beside `format` and `language`).
    public static let nameField = "name"
    /// The file format and its version.
    public static let formatField = "format"
    /// The workgroup's language.
    public static let languageField = "language"
}
