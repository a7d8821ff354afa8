import { beforeEachRequest } from "@/lib/ops/request-hook";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedProxyCount } from "./client-address";

/**
 * Next.js gives route code no socket, and it fills X-Forwarded-For with the socket's address only when the
 * client sent none, so a client could choose its own. Before Next sees a request, this stamps our own header
 * with the address that `clientAddress` trusts (and overwrites any client-sent copy of it). Installed once per
 * process from instrumentation.ts, which runs before the server answers its first request.
 */
export function installClientAddressHook(): void {
  const trusted = trustedProxyCount();
  beforeEachRequest("client-address", (request) => {
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request.headers["x-forwarded-for"], request.socket?.remoteAddress, trusted);
  });
}
