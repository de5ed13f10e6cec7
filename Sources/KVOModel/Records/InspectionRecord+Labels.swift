/// What a day or an evening inspection is called (§4.1.3: "dagschouw", "avondschouw"), once for
/// every layer (the inspection report, `status`).
extension InspectionRecord.Time {
    public var label: Message {
        switch self {
        case .day: Message(en: "day inspection", nl: "dagschouw")
        case .evening: Message(en: "evening inspection", nl: "avondschouw")
        }
    }
}
