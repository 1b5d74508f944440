-- Login throttling per account, source address and known device (docs/operations.md, "Login throttling").

-- AlterTable
ALTER TABLE "login_attempt" ADD COLUMN "device" VARCHAR(32);

-- CreateIndex
CREATE INDEX "login_attempt_ip_at_idx" ON "login_attempt"("ip", "at");
