import KVOModel

/// §3.7: where a communication app group with the entrepreneurs exists, it has an administrator.
struct AppGroupAdministrator: RuleEvaluator {
    let id = "KVO-3.7-APP-ADMIN"

    func evaluate(_ c: CheckContext) -> Finding {
        guard let app = c.organisation.communicationApp else {
            return .missing(Message(en: "Whether an app group with the entrepreneurs exists is not recorded; set it with: set organisation communicationApp=true (or false).",
                                    nl: "Of er een app-groep met de ondernemers is, is niet vastgelegd; vul het in met: wijzig organisation communicationApp=true (of false)."))
        }
        guard app else {
            return .notApplicable(Message(en: "There is no communication app group with the entrepreneurs (organisation communicationApp=false).",
                                          nl: "Er is geen communicatie-app-groep met de ondernemers (organisation communicationApp=false)."))
        }
        let admins = c.members.filter { $0.roles.contains(.appAdministrator) }.map { PlanFacts.named($0.id, $0.name) }
        guard admins.isEmpty else {
            return .met(Message(en: "The app group with the entrepreneurs has \(admins.count == 1 ? "an administrator" : "administrators"): \(Language.en.list(admins)).",
                                nl: "De app-groep met de ondernemers heeft \(admins.count == 1 ? "een beheerder" : "beheerders"): \(Language.nl.list(admins))."))
        }
        return .notMet(Message(en: "An app group with the entrepreneurs exists, but no workgroup member has the role app-administrator.",
                               nl: "Er is een app-groep met de ondernemers, maar geen werkgroeplid heeft de rol app-administrator."),
                       short: Message(en: "1 administrator needed: set MB-n roles=app-administrator (keeping the member's other roles).",
                                      nl: "1 beheerder nodig: wijzig MB-n roles=app-administrator (met behoud van de andere rollen van het lid)."))
    }
}
