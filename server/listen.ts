// Binds the HTTP server, turning "port in use" into a clear, typed error instead of a stack trace.
import type { Express } from 'express';
import type { Server } from 'node:http';

export class ListenError extends Error {
  constructor(
    readonly code: 'port-busy' | 'listen-failed',
    message: string,
  ) {
    super(message);
  }
}

export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new ListenError(
            'port-busy',
            `newsgraph: port ${port} on ${host} is already in use; stop the program using it or start with PORT=<another port>`,
          ),
        );
      } else {
        reject(new ListenError('listen-failed', `newsgraph: cannot listen on ${host}:${port}: ${error.message}`));
      }
    });
  });
}
