/// What a rule finds lacking and how to fix each, in both languages: the rule's finding lists
/// the gaps, its short advice the fixes.
struct Gaps {
    var en: [String] = [], nl: [String] = [], fixEn: [String] = [], fixNl: [String] = []

    mutating func add(_ gap: String, _ gat: String, fix: String, _ herstel: String) {
        en.append(gap); nl.append(gat); fixEn.append(fix); fixNl.append(herstel)
    }
}
