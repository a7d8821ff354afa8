import http from "node:http";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedProxyCount } from "./client-address";

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
const installed = globalThis as unknown as { __kringClientAddress?: boolean };

/**
 * Next.js gives route code no socket, and it fills X-Forwarded-For with the socket's address only when the
 * client sent none, so a client could choose its own. Before Next sees a request, this stamps our own header
 * with the address that `clientAddress` trusts (and overwrites any client-sent copy of it). Installed once per
 * process from instrumentation.ts, which runs before the server answers its first request.
 */
export function installClientAddressHook(): void {
  if (installed.__kringClientAddress) return;
  installed.__kringClientAddress = true;
  const trusted = trustedProxyCount();
  const emit = http.Server.prototype.emit as Emit;
  const stamped: Emit = function (event, ...args) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request.headers["x-forwarded-for"], request.socket?.remoteAddress, trusted);
    }
    return emit.call(this, event, ...args);
  };
  http.Server.prototype.emit = stamped as typeof http.Server.prototype.emit;
}
