import Dispatch
import KVOModel
import KVOChecks

extension Workspace {
    /// What checks derive from this dossier, kept until it changes: the `CheckCache` registered
    /// as the workspace's observer (the interpreter registers one when a dossier is opened or
    /// made; a workspace made elsewhere gets one here on first use).
    var checkCache: CheckCache {
        if let cache = observers.lazy.compactMap({ $0 as? CheckCache }).first { return cache }
        let cache = CheckCache()
        observe(cache)
        return cache
    }

    /// The dossier to judge at a point in time (`--as-of`), with the cache that belongs to it:
    /// the dossier as it stood at the end of `day` and a cache of its own, kept while the dossier
    /// does not change (so each `check --as-of DAY` does not read its 20,000 incidents again), or
    /// (no day, or nothing dated later) the dossier as it is and the workspace's cache.
    func judged(asOf day: Day?) -> (dossier: Dossier, cache: CheckCache) {
        let cache = checkCache, dossier = dossier
        guard let day, let then = cache.asOf(day, { dossier.pointInTime(day) }) else { return (dossier, cache) }
        return then
    }

    /// Reads what the checks derive from the dossier on another thread, so that the first `check`
    /// after opening a large dossier answers as fast as the next (see `CheckCache.warm`).
    package func prepareChecks() {
        let cache = checkCache, dossier = dossier
        guard let warmUp = cache.beginWarm() else { return }
        DispatchQueue.global(qos: .utility).async { cache.warm(dossier, warmUp) }
    }
}
