import KVOModel

/// Runs rules on a dossier: applies each rule's `when`, turns findings into statuses by the
/// rule's level, and applies live waivers. A rule without an evaluator is reported as not
/// assessable, never as passed.
package enum Checker {
    package static func run(_ context: CheckContext, rules: [Rule] = RuleCatalogue.handbook.rules) -> [CheckResult] {
        rules.map { check($0, context) }
    }

    /// A rule's result, kept in the context's cache while the dossier does not change; an
    /// evaluation `explain` watches (a read log) always runs.
    package static func check(_ rule: Rule, _ context: CheckContext) -> CheckResult {
        guard context.readLog == nil else { return evaluate(rule, context) }
        let (kept, version) = context.cache.keptResult(rule, context)
        if let kept { return kept }
        let result = evaluate(rule, context)
        context.cache.keep(result, context, version: version)
        return result
    }

    static func evaluate(_ rule: Rule, _ context: CheckContext) -> CheckResult {
        if let reason = inapplicable(rule, context) {
            return CheckResult(rule: rule, status: .notApplicable, message: reason)
        }
        guard let evaluator = RuleRegistry.evaluator(rule.id) else {
            return CheckResult(rule: rule, status: .notAssessable,
                               message: Message(en: "kvo cannot check this rule yet; check it by hand (explain \(rule.id)).",
                                                nl: "kvo kan deze regel nog niet controleren; controleer hem met de hand (uitleg \(rule.id))."))
        }
        var result: CheckResult
        switch evaluator.evaluate(context) {
        case .met(let m):
            result = CheckResult(rule: rule, status: rule.level == .info ? .info : .pass, message: m)
        case .notMet(let m, let short):
            let status: CheckStatus = switch rule.level {
            case .must: .fail
            case .should: .warn
            case .info: .info
            }
            result = CheckResult(rule: rule, status: status, message: m, shortfall: short)
        case .advice(let m, let short):
            result = CheckResult(rule: rule, status: .warn, message: m, shortfall: short)
        case .notApplicable(let m):
            result = CheckResult(rule: rule, status: .notApplicable, message: m)
        case .missing(let m):
            result = CheckResult(rule: rule, status: .notAssessable, message: m)
        case .figure(let m):
            result = CheckResult(rule: rule, status: .info, message: m)
        }
        if result.status == .fail || result.status == .warn || result.status == .notAssessable, let waiver = liveWaiver(rule, context) {
            result.status = .waived
            result.waiver = waiver
        }
        return result
    }

    static func inapplicable(_ rule: Rule, _ context: CheckContext) -> Message? {
        switch rule.when {
        case .always:
            return nil
        case .first where context.certification != .first:
            return Message(en: "Applies to the first certification only; this trajectory is a renewal.",
                           nl: "Geldt alleen voor de eerste certificering; dit traject is een hercertificering.")
        case .renewal where context.certification != .renewal:
            return Message(en: "Applies to renewals only; this trajectory leads to the first certification.",
                           nl: "Geldt alleen voor een hercertificering; dit traject leidt naar de eerste certificering.")
        case .audit where context.auditDate == nil:
            return Message(en: "Applies once an audit date is set; no audit is recorded (add audit type=first date=YYYY-MM-DD).",
                           nl: "Geldt zodra een auditdatum vastligt; er is geen audit vastgelegd (voegtoe audit type=first date=JJJJ-MM-DD).")
        default:
            return nil
        }
    }

    /// "waived until 2026-06-30 by PA-1: <justification>" for a waiver that has not expired.
    static func liveWaiver(_ rule: Rule, _ context: CheckContext) -> Message? {
        for w in context.waivers where w.rule?.caseInsensitiveEquals(rule.id) == true {
            guard let until = w.until, until >= context.asOf else { continue }
            let justification = w.justification ?? ""
            if let by = w.by {
                return Message(en: "waived until \(until) by \(by): \(justification)", nl: "ontheffing tot en met \(until) door \(by): \(justification)")
            }
            return Message(en: "waived until \(until): \(justification)", nl: "ontheffing tot en met \(until): \(justification)")
        }
        return nil
    }
}
