/**
 * Lantern's shared contracts: domain records, ports and input policies that every runtime (the
 * standalone process, Lambda handlers, Fargate tasks, the query worker) agrees on. Imports only
 * libraries, never another Lantern module.
 */
package dev.lantern.core;
