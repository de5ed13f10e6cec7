import KVOModel

/// What callers of the String-typed CheckContext (before issue 11) still use, so that branches
/// merge in any order and main keeps building; each goes once its last caller reads the enum.
extension CheckContext {
    /// `--audit first|renewal` as the word typed; an unknown word is no override.
    @available(*, deprecated, message: "pass auditOverride as OrganisationRecord.Certification")
    public init(dossier: Dossier, asOf: Day, auditOverride: String?, readLog: ReadLog? = nil, cache: CheckCache = CheckCache()) {
        self.init(dossier: dossier, asOf: asOf, auditOverride: auditOverride.flatMap(OrganisationRecord.Certification.init(rawValue:)),
                  readLog: readLog, cache: cache)
    }

    /// The latest audit with a date, as an untyped record.
    @available(*, deprecated, message: "read latestAudit (an AuditRecord)")
    public var audit: Record? { latestAudit?.record }
}

extension OrganisationRecord.Certification {
    /// `context.certification == "first"`, as written before the certification was an enum.
    @available(*, deprecated, message: "compare with .first or .renewal")
    public static func == (lhs: OrganisationRecord.Certification, rhs: String) -> Bool { lhs.rawValue == rhs }
}
