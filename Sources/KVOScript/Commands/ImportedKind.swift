import KVOModel

/// What `import` reads: a survey export or incident figures.
enum ImportedKind {
    case survey, incidents

    /// The words for each, as the user types them (`import enquete`, `importeer meldingen`).
    static let words: [String: ImportedKind] = [
        "survey": .survey, "enquete": .survey, "enquête": .survey, "incidents": .incidents, "incident": .incidents,
        "incidenten": .incidents, "meldingen": .incidents, "cijfers": .incidents,
    ]

    /// The kind a refusal of the import's changes is worded for.
    var recordKind: RecordKind {
        switch self {
        case .survey: .survey
        case .incidents: .incidents
        }
    }
}
