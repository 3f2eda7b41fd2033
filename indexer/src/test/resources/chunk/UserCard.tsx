import React, { useState } from "react";
import { formatDate } from "./dates";

export interface UserCardProps {
  name: string;
  joined: Date;
  onFollow?: (name: string) => void;
}

type Status = "idle" | "following";

/** Shows a user with a follow button. */
export function UserCard({ name, joined, onFollow }: UserCardProps) {
  const [status, setStatus] = useState<Status>("idle");

  const follow = () => {
    setStatus("following");
    onFollow?.(name);
  };

  return (
    <div className="user-card">
      <h2>{name}</h2>
      <p>Joined {formatDate(joined)}</p>
      <button disabled={status === "following"} onClick={follow}>
        {status === "following" ? "Following" : "Follow"}
      </button>
    </div>
  );
}

// A list of cards; keys are names.
export const UserList = ({ users }: { users: UserCardProps[] }) => (
  <ul>
    {users.map((u) => (
      <li key={u.name}>
        <UserCard {...u} />
      </li>
    ))}
  </ul>
);

export default UserList;
