import KVOModel

/// §3.6: a retention period of at least six years is recorded in writing.
struct DocumentRetention: RuleEvaluator {
    let id = "KVO-3.6-RETENTION"
    static let minimum = Handbook.Documents.retentionYears

    func evaluate(_ c: CheckContext) -> Finding {
        guard let years = c.organisation.retentionYears else {
            return .missing(Message(en: "No retention period for the documents is recorded; record the agreed period with: set organisation retentionYears=\(Self.minimum).",
                                    nl: "Er is geen bewaartermijn voor de documenten vastgelegd; leg de afgesproken termijn vast met: wijzig organisation retentionYears=\(Self.minimum)."))
        }
        if Handbook.Documents.retentionSuffices(years: years) {
            return .met(Message(en: "The recorded retention period is \(years) years, at least \(Self.minimum) required.",
                                nl: "De vastgelegde bewaartermijn is \(years) jaar, minimaal \(Self.minimum) vereist."))
        }
        return .notMet(Message(en: "The recorded retention period is \(years) year\(years == 1 ? "" : "s"); at least \(Self.minimum) are required.",
                               nl: "De vastgelegde bewaartermijn is \(years) jaar; minimaal \(Self.minimum) jaar is vereist."),
                       short: Message(en: "\(Self.minimum - years) year\(Self.minimum - years == 1 ? "" : "s") short: agree on \(Self.minimum) years and set organisation retentionYears=\(Self.minimum).",
                                      nl: "\(Self.minimum - years) jaar te kort: spreek \(Self.minimum) jaar af en wijzig organisation retentionYears=\(Self.minimum)."))
    }
}
