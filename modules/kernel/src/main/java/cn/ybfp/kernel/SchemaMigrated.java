package cn.ybfp.kernel;

/**
 * A CDI event: the database schema is up to date, once per start of the portal. Modules that must put right what an
 * earlier run left unfinished (a background job cut off by a restart, say) observe it.
 */
public record SchemaMigrated() {}
