import KVOModel

/// What `import` reads: a survey export or incident figures, named by any name of the kind of
/// record it fills (Schema.dossier: `survey`, `enquete`, `incidents`, `meldingen`, ...).
enum ImportedKind {
    case survey, incidents

    init?(filling kind: RecordKind) {
        switch kind.name {
        case RecordKind.survey.name: self = .survey
        case RecordKind.incidents.name: self = .incidents
        default: return nil
        }
    }

    /// Every name of both kinds, for a suggestion.
    static var words: [String] {
        [RecordKind.survey, RecordKind.incidents].flatMap { [$0.name, $0.singular] + $0.aliases }
    }

    /// The kind a refusal of the import's changes is worded for.
    var recordKind: RecordKind {
        switch self {
        case .survey: .survey
        case .incidents: .incidents
        }
    }
}
