import KVOModel

/// Variables. A scope looks names up in itself and then in its parent: the script parameters
/// (`--var`) are the root, each script run with `run` gets a fresh scope under them, and
/// `source` runs in the caller's scope.
package final class Scope {
    package private(set) var variables: [String: Value] = [:]
    package let parent: Scope?
    /// Names answered on demand: a record's fields inside `where` (no dictionary per record).
    let resolver: ((String) -> Value?)?

    package init(parent: Scope? = nil, variables: [String: Value] = [:], resolver: ((String) -> Value?)? = nil) {
        self.parent = parent
        self.variables = variables
        self.resolver = resolver
    }

    package func lookup(_ name: String) -> Value? {
        // A `where` scope has no variables of its own: no hashing of the name per record.
        if !variables.isEmpty, let v = variables[name] { return v }
        if let resolver, let v = resolver(name) { return v }
        return parent?.lookup(name)
    }

    /// Runs `body` with `scope` as the current scope of `interpreter`.
    static func with<T>(_ scope: Scope, in interpreter: Interpreter, _ body: () throws -> T) rethrows -> T {
        let saved = interpreter.scope
        interpreter.scope = scope
        defer { interpreter.scope = saved }
        return try body()
    }

    package func set(_ name: String, _ value: Value) { variables[name] = value }

    /// Every visible name, nearest first (for suggestions and completion).
    package var visibleNames: [String] {
        var seen = Set<String>(), names: [String] = []
        var scope: Scope? = self
        while let s = scope {
            for name in s.variables.keys.sorted() where seen.insert(name).inserted { names.append(name) }
            scope = s.parent
        }
        return names
    }
}
