import KVOModel

/// §3.7: where a communication app group with the entrepreneurs exists, it has an administrator.
struct AppGroupAdministrator: RuleEvaluator {
    let id = "KVO-3.7-APP-ADMIN"

    func evaluate(_ c: CheckContext) -> Finding {
        guard let app = c.section("organisation").bool("communicationApp") else {
            return .missing(both("Whether an app group with the entrepreneurs exists is not recorded; set it with: set organisation communicationApp=true (or false).",
                                 "Of er een app-groep met de ondernemers is, is niet vastgelegd; vul het in met: set organisation communicationApp=true (of false)."))
        }
        guard app else {
            return .notApplicable(both("There is no communication app group with the entrepreneurs (organisation communicationApp=false).",
                                       "Er is geen communicatie-app-groep met de ondernemers (organisation communicationApp=false)."))
        }
        let admins = c.records("members").filter { $0.strings("roles").contains("app-administrator") }.map { PlanFacts.named($0) }
        guard admins.isEmpty else {
            return .met(both("The app group with the entrepreneurs has \(admins.count == 1 ? "an administrator" : "administrators"): \(Phrase.listed(admins, "and")).",
                             "De app-groep met de ondernemers heeft \(admins.count == 1 ? "een beheerder" : "beheerders"): \(Phrase.listed(admins, "en"))."))
        }
        return .notMet(both("An app group with the entrepreneurs exists, but no workgroup member has the role app-administrator.",
                            "Er is een app-groep met de ondernemers, maar geen werkgroeplid heeft de rol app-administrator."),
                       short: both("1 administrator needed: set MB-n roles=app-administrator (keeping the member's other roles).",
                                   "1 beheerder nodig: set MB-n roles=app-administrator (met behoud van de andere rollen van het lid)."))
    }
}
