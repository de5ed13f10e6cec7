/// The built-in functions, by name. Later layers (dossier, checks, planning) add their own
/// groups of functions here.
public struct FunctionTable: Sendable {
    public let functions: [FunctionSpec]
    private let index: [String: Int]

    public init(_ functions: [FunctionSpec]) {
        self.functions = functions.sorted { $0.name < $1.name }
        var index: [String: Int] = [:]
        for (i, f) in self.functions.enumerated() { index[f.name] = i }
        self.index = index
    }

    public static let standard = FunctionTable(MathFunctions.all + TextFunctions.all + ListFunctions.all + DateFunctions.all + DossierFunctions.all + CheckFunctions.all)

    public func function(named name: String) -> FunctionSpec? { index[name].map { functions[$0] } }

    public var names: [String] { functions.map(\.name) }
}
