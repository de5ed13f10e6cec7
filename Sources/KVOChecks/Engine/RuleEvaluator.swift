import KVOModel

/// One rule's check. Each rule is a type in Rules/, in a file named after its ID, and returns
/// a `Finding`; the `Checker` turns it into a `CheckResult` (applying `when`, level and waivers).
package protocol RuleEvaluator: Sendable {
    /// The rule ID, exactly as in shared/spec/requirements.md.
    var id: String { get }
    func evaluate(_ context: CheckContext) -> Finding
}

/// What an evaluator concludes, before the rule's level turns "not met" into fail or warn.
package enum Finding: Sendable, Equatable {
    /// Met, with the evidence.
    case met(Message)
    /// Not met: the evidence, and what is short by how much.
    case notMet(Message, short: Message?)
    /// Not met, but only advice even for a `must` rule (e.g. a start-phase deadline not yet passed).
    case advice(Message, short: Message?)
    /// Does not apply, and why.
    case notApplicable(Message)
    /// Cannot be judged: which data to fill in.
    case missing(Message)
    /// A derived figure.
    case figure(Message)
}
