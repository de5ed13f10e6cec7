import KVOModel

/// A mixed-integer linear program: minimise `cost · x` over columns with bounds (some binary)
/// subject to rows `lower ≤ Σ coefficient · x ≤ upper`. The exact planner builds one
/// (`Planner+ILP.swift`); a `PlanSolver` solves it. A value with a JSON form, so that the solver
/// can run in the helper program kvo-plan (GLPK is not loaded by kvo itself).
package struct PlanModel: Sendable, Equatable {
    package struct Column: Sendable, Equatable {
        package var binary: Bool
        package var lower: Double
        package var upper: Double?
        package var cost: Double

        package init(binary: Bool, lower: Double = 0, upper: Double? = nil, cost: Double = 0) {
            self.binary = binary
            self.lower = lower
            self.upper = binary ? 1 : upper
            self.cost = cost
        }
    }

    package struct Row: Sendable, Equatable {
        package var terms: [Term]
        package var lower: Double?
        package var upper: Double?
        /// The constraint group it belongs to (an index into `PlanModel.groups`); nil for the
        /// structure of the model (each measure starts once, the peak), which is never dropped.
        package var group: Int?

        package init(_ terms: [Term], lower: Double? = nil, upper: Double? = nil, group: Int? = nil) {
            self.terms = terms
            self.lower = lower
            self.upper = upper
            self.group = group
        }
    }

    package struct Term: Sendable, Equatable {
        package var column: Int
        package var coefficient: Double

        package init(_ column: Int, _ coefficient: Double) {
            self.column = column
            self.coefficient = coefficient
        }
    }

    package var columns: [Column] = []
    package var rows: [Row] = []
    /// The constraint groups, in the facilitator's words: what a conflict is reported as.
    package var groups: [Message] = []
    /// A feasible solution to start from (the list scheduler's plan), if it is one.
    package var start: [Double]?

    package init() {}

    package mutating func addColumn(_ c: Column) -> Int {
        columns.append(c)
        return columns.count - 1
    }

    package mutating func addGroup(_ name: Message) -> Int {
        groups.append(name)
        return groups.count - 1
    }

    /// The model without the rows of `dropped` groups and without an objective: is there any
    /// solution at all once those constraints are gone?
    package func feasibility(without dropped: Set<Int>) -> PlanModel {
        var m = self
        m.rows = rows.filter { $0.group.map { !dropped.contains($0) } ?? true }
        for i in m.columns.indices { m.columns[i].cost = 0 }
        m.start = nil
        return m
    }

    /// Whether `x` keeps every bound and row (binaries 0 or 1), within `tolerance`: a warm start
    /// is offered only if it does, and a solver's answer is taken only if it does.
    package func holds(_ x: [Double], tolerance: Double = 1e-6) -> Bool {
        guard x.count == columns.count else { return false }
        for (c, v) in zip(columns, x) {
            if v < c.lower - tolerance { return false }
            if let u = c.upper, v > u + tolerance { return false }
            if c.binary && abs(v - v.rounded()) > tolerance { return false }
        }
        for r in rows {
            let sum = r.terms.reduce(0) { $0 + $1.coefficient * x[$1.column] }
            if let l = r.lower, sum < l - tolerance { return false }
            if let u = r.upper, sum > u + tolerance { return false }
        }
        return true
    }

    /// Σ cost · x.
    package func objective(_ x: [Double]) -> Double {
        zip(columns, x).reduce(0) { $0 + $1.0.cost * $1.1 }
    }

    // MARK: JSON, for the helper program

    package var json: JSONValue {
        func num(_ d: Double?) -> JSONValue { d.map { .number($0) } ?? .null }
        return .object([
            "columns": .array(columns.map { c in
                .array([.bool(c.binary), .number(c.lower), num(c.upper), .number(c.cost)])
            }),
            "rows": .array(rows.map { r in
                .array([num(r.lower), num(r.upper), .array(r.terms.flatMap { [.number(Double($0.column)), .number($0.coefficient)] })])
            }),
            "start": start.map { .array($0.map(JSONValue.number)) } ?? .null,
        ])
    }

    /// The model a JSON form describes; nil when it is not one (a column out of range, say).
    package init?(json: JSONValue) {
        guard let cols = json["columns"]?.arrayValue, let rows = json["rows"]?.arrayValue else { return nil }
        for c in cols {
            guard let a = c.arrayValue, a.count == 4, case .bool(let binary) = a[0], let lower = a[1].numberValue, let cost = a[3].numberValue else { return nil }
            columns.append(Column(binary: binary, lower: lower, upper: a[2].numberValue, cost: cost))
        }
        for r in rows {
            guard let a = r.arrayValue, a.count == 3, let flat = a[2].arrayValue?.compactMap(\.numberValue), flat.count % 2 == 0 else { return nil }
            var terms: [Term] = []
            for k in stride(from: 0, to: flat.count, by: 2) {
                guard let j = Int(exactly: flat[k]), columns.indices.contains(j) else { return nil }
                terms.append(Term(j, flat[k + 1]))
            }
            self.rows.append(Row(terms, lower: a[0].numberValue, upper: a[1].numberValue))
        }
        if let s = json["start"]?.arrayValue {
            let values = s.compactMap(\.numberValue)
            guard values.count == columns.count else { return nil }
            start = values
        }
    }
}
