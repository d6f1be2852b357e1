/**
 * curl 7.88.1 for plain HTTP: connect through the Network, take the canned
 * answer of the server socket; the messages and exit codes of the real curl.
 */
export { curlCommand } from "./curl.js";
