import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Role } from '../auth/user.entity.js';
import { AccountService } from './account.service.js';
import {
  ChangePasswordResult,
  CreateUserInput,
  UpdateUserInput,
  UserAccount,
  UserAccountResult,
} from './account.types.js';

@Resolver()
export class AccountResolver {
  constructor(private readonly accounts: AccountService) {}

  @Authorized([Role.ADMIN])
  @Query(() => [UserAccount], {
    description:
      'Admin: every user account (INTEGRATOR accounts included, not their API tokens), by role then username.',
  })
  users(@Ctx() ctx: RequestContext): Promise<UserAccount[]> {
    return this.accounts.list(ctx);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => UserAccountResult, {
    description:
      'Admin: create a user account; the user must change the password at first sign-in. An INTEGRATOR account has no password and no kecamatan. Audited.',
  })
  createUser(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateUserInput, { description: 'The new account.' }) input: CreateUserInput,
  ): Promise<typeof UserAccountResult> {
    return this.accounts.create(ctx, input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => UserAccountResult, {
    description:
      "Admin: change an account's name, role or kecamatan; a new role or kecamatan ends its sessions. Audited.",
  })
  updateUser(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateUserInput, { description: 'The changes.' }) input: UpdateUserInput,
  ): Promise<typeof UserAccountResult> {
    return this.accounts.update(ctx, input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => UserAccountResult, {
    description:
      "Admin: deactivate (ends every session and stops an integrator's API tokens at once; sign-in refused) or reactivate an account. Audited.",
  })
  setUserActive(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'UserAccount.id.' }) id: string,
    @Arg('active', () => Boolean, { description: 'False to deactivate, true to reactivate.' }) active: boolean,
  ): Promise<typeof UserAccountResult> {
    return this.accounts.setActive(ctx, id, active);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => UserAccountResult, {
    description: "Admin: set a new password the user must change at next sign-in; ends the user's sessions. Audited.",
  })
  resetPassword(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'UserAccount.id.' }) id: string,
    @Arg('newPassword', () => String, {
      description: 'At least 10 characters, not a common password, not the username.',
    })
    newPassword: string,
  ): Promise<typeof UserAccountResult> {
    return this.accounts.resetPassword(ctx, id, newPassword);
  }

  @Authorized()
  @Mutation(() => ChangePasswordResult, {
    description:
      'Change your own password: clears mustChangePassword, keeps this session and ends your other sessions. Audited.',
  })
  changePassword(
    @Ctx() ctx: RequestContext,
    @Arg('currentPassword', () => String, { description: 'Your current password.' }) currentPassword: string,
    @Arg('newPassword', () => String, {
      description: 'At least 10 characters, not a common password, not your username.',
    })
    newPassword: string,
  ): Promise<typeof ChangePasswordResult> {
    return this.accounts.changePassword(ctx, currentPassword, newPassword);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: 'Sign out on every device: ends all your sessions, this one included. Audited.',
  })
  logoutEverywhere(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.accounts.logoutEverywhere(ctx);
  }
}
