/** Input policies shared by every runtime: archive limits and git URL rules. */
package dev.lantern.core.policy;
