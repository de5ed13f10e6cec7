import KVOModel

/// What a rule found: its status, one full sentence carrying the evidence
/// ("Noord: 18 of 52 entrepreneurs responded = 34.6%, needs 30%"), and for a failure what is
/// short and by how much ("needs 3 more responses").
package struct CheckResult: Sendable, Equatable {
    package let rule: Rule
    package var status: CheckStatus
    package var message: Message
    package var shortfall: Message?
    /// Set when a waiver covers the failure.
    package var waiver: Message?

    package init(rule: Rule, status: CheckStatus, message: Message, shortfall: Message? = nil) {
        self.rule = rule
        self.status = status
        self.message = message
        self.shortfall = shortfall
    }
}
