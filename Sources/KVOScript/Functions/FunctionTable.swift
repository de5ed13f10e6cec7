/// The built-in functions, by name. Later layers (dossier, checks, planning) add their own
/// groups of functions here.
package struct FunctionTable: Sendable {
    package let functions: [FunctionSpec]
    private let index: [String: Int]

    package init(_ functions: [FunctionSpec]) {
        self.functions = functions.sorted { $0.name < $1.name }
        var index: [String: Int] = [:]
        for (i, f) in self.functions.enumerated() { index[f.name] = i }
        self.index = index
    }

    package static let standard = FunctionTable(MathFunctions.all + TextFunctions.all + ListFunctions.all + DateFunctions.all + DossierFunctions.all + CheckFunctions.all)

    package func function(named name: String) -> FunctionSpec? { index[name].map { functions[$0] } }

    package var names: [String] { functions.map(\.name) }
}
