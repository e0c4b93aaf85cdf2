// Placeholder until the launcher lands: the db project's global setup.
export default async function setup(): Promise<void> {}
