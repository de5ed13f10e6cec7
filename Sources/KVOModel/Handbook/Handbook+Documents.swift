extension Handbook {
    /// §3.6 "Documenten en registraties": what the workgroup keeps and for how long.
    public enum Documents {
        /// §3.6: "Verder stelt de KVO-werkgroep een bewaartermijn van zes jaar schriftelijk vast."
        public static let retentionYears = 6

        /// Whether an agreed retention period of `years` is long enough (§3.6).
        public static func retentionSuffices(years: Int) -> Bool { years >= retentionYears }
    }
}
