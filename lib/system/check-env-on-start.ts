import { env, EnvError } from "@/lib/env";

/** Called once when the Node.js server starts: a bad environment stops it with the variable's name. */
export function checkEnvOnStart(): void {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
}
