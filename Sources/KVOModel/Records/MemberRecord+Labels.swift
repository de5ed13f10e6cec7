/// What each role in the workgroup is called (§3.3, §3.7), once for every layer.
extension MemberRecord.Role {
    public var label: Message {
        switch self {
        case .chair: Message(en: "chair", nl: "voorzitter")
        case .secretary: Message(en: "secretary", nl: "secretaris")
        case .internalCommunication: Message(en: "internal communication", nl: "interne communicatie")
        case .externalCommunication: Message(en: "external communication", nl: "externe communicatie")
        case .spokesperson: Message(en: "spokesperson", nl: "woordvoerder")
        case .appAdministrator: Message(en: "app group administrator", nl: "beheerder app-groep")
        case .certificationContact: Message(en: "contact for the certification body", nl: "contactpersoon certificatie-instelling")
        case .agendaMember: Message(en: "agenda member", nl: "agendalid")
        }
    }
}
