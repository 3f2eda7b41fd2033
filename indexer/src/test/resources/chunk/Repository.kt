package com.example.users

import java.util.concurrent.ConcurrentHashMap

/** A user as stored; [email] is unique. */
data class User(val id: Long, val email: String, val name: String)

/**
 * Keeps users in memory, indexed by id and by email.
 */
class UserRepository(private val clock: () -> Long = System::currentTimeMillis) {
    private val byId = ConcurrentHashMap<Long, User>()

    /** Saves or replaces [user]; returns the previous value. */
    fun save(user: User): User? {
        require(user.email.contains('@')) { "bad email: ${user.email}" }
        return byId.put(user.id, user)
    }

    fun findByEmail(email: String): User? =
        byId.values.firstOrNull { it.email.equals(email, ignoreCase = true) }

    companion object {
        /** An empty repository on the system clock. */
        fun empty() = UserRepository()
    }
}

/** Process-wide defaults. */
object Defaults {
    const val PAGE_SIZE = 50

    fun greeting(user: User) = "Hello, ${user.name.trim()}"
}

// Reads users from stdin and prints a greeting for each.
fun main() {
    val repo = UserRepository.empty()
    generateSequence(::readLine).forEach { line ->
        val parts = line.split(',')
        repo.save(User(parts[0].toLong(), parts[1], parts[2]))
    }
    repo.findByEmail("ada@example.com")?.let { println(Defaults.greeting(it)) }
}
