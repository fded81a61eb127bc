import { Fragment } from "react";
import { cn } from "@/lib/utils";

// Where a long value may break: after the separators people read as word ends in an email, URL,
// scope list or identifier ("jane.doe@|example.|com", "offline_|access", "https://|id.|example/|path").
const BREAK_AFTER = /([@./_\-:,?&=])/;

/**
 * Long unbroken text (emails, URLs, configuration values) that wraps at its separators, and only
 * mid-word when a single piece is still wider than its box.
 */
export function WrapText({ children, className }: { children: string; className?: string }) {
  const pieces = children.split(BREAK_AFTER);
  return (
    <span className={cn("wrap-break-word", className)}>
      {pieces.map((piece, i) =>
        BREAK_AFTER.test(piece) ? (
          <Fragment key={i}>
            {piece}
            <wbr />
          </Fragment>
        ) : (
          piece
        ),
      )}
    </span>
  );
}
