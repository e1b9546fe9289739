/** The engine's version, carried in every report. */
export const ENGINE_VERSION = '0.1.0';
