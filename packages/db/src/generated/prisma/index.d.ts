
/**
 * Client
**/

import * as runtime from './runtime/client.js';
import $Types = runtime.Types // general types
import $Public = runtime.Types.Public
import $Utils = runtime.Types.Utils
import $Extensions = runtime.Types.Extensions
import $Result = runtime.Types.Result

export type PrismaPromise<T> = $Public.PrismaPromise<T>


/**
 * Model Council
 * 
 */
export type Council = $Result.DefaultSelection<Prisma.$CouncilPayload>
/**
 * Model Person
 * 
 */
export type Person = $Result.DefaultSelection<Prisma.$PersonPayload>
/**
 * Model PersonalBudget
 * 
 */
export type PersonalBudget = $Result.DefaultSelection<Prisma.$PersonalBudgetPayload>
/**
 * Model BudgetDeployment
 * 
 */
export type BudgetDeployment = $Result.DefaultSelection<Prisma.$BudgetDeploymentPayload>

/**
 * ##  Prisma Client ʲˢ
 *
 * Type-safe database client for TypeScript & Node.js
 * @example
 * ```
 * const prisma = new PrismaClient()
 * // Fetch zero or more Councils
 * const councils = await prisma.council.findMany()
 * ```
 *
 *
 * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client).
 */
export class PrismaClient<
  ClientOptions extends Prisma.PrismaClientOptions = Prisma.PrismaClientOptions,
  const U = 'log' extends keyof ClientOptions ? ClientOptions['log'] extends Array<Prisma.LogLevel | Prisma.LogDefinition> ? Prisma.GetEvents<ClientOptions['log']> : never : never,
  ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs
> {
  [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['other'] }

    /**
   * ##  Prisma Client ʲˢ
   *
   * Type-safe database client for TypeScript & Node.js
   * @example
   * ```
   * const prisma = new PrismaClient()
   * // Fetch zero or more Councils
   * const councils = await prisma.council.findMany()
   * ```
   *
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client).
   */

  constructor(optionsArg ?: Prisma.Subset<ClientOptions, Prisma.PrismaClientOptions>);
  $on<V extends U>(eventType: V, callback: (event: V extends 'query' ? Prisma.QueryEvent : Prisma.LogEvent) => void): PrismaClient;

  /**
   * Connect with the database
   */
  $connect(): $Utils.JsPromise<void>;

  /**
   * Disconnect from the database
   */
  $disconnect(): $Utils.JsPromise<void>;

/**
   * Executes a prepared raw query and returns the number of affected rows.
   * @example
   * ```
   * const result = await prisma.$executeRaw`UPDATE User SET cool = ${true} WHERE email = ${'user@email.com'};`
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $executeRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: any[]): Prisma.PrismaPromise<number>;

  /**
   * Executes a raw query and returns the number of affected rows.
   * Susceptible to SQL injections, see documentation.
   * @example
   * ```
   * const result = await prisma.$executeRawUnsafe('UPDATE User SET cool = $1 WHERE email = $2 ;', true, 'user@email.com')
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $executeRawUnsafe<T = unknown>(query: string, ...values: any[]): Prisma.PrismaPromise<number>;

  /**
   * Performs a prepared raw query and returns the `SELECT` data.
   * @example
   * ```
   * const result = await prisma.$queryRaw`SELECT * FROM User WHERE id = ${1} OR email = ${'user@email.com'};`
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: any[]): Prisma.PrismaPromise<T>;

  /**
   * Performs a raw query and returns the `SELECT` data.
   * Susceptible to SQL injections, see documentation.
   * @example
   * ```
   * const result = await prisma.$queryRawUnsafe('SELECT * FROM User WHERE id = $1 OR email = $2;', 1, 'user@email.com')
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $queryRawUnsafe<T = unknown>(query: string, ...values: any[]): Prisma.PrismaPromise<T>;


  /**
   * Allows the running of a sequence of read/write operations that are guaranteed to either succeed or fail as a whole.
   * @example
   * ```
   * const [george, bob, alice] = await prisma.$transaction([
   *   prisma.user.create({ data: { name: 'George' } }),
   *   prisma.user.create({ data: { name: 'Bob' } }),
   *   prisma.user.create({ data: { name: 'Alice' } }),
   * ])
   * ```
   * 
   * Read more in our [docs](https://www.prisma.io/docs/concepts/components/prisma-client/transactions).
   */
  $transaction<P extends Prisma.PrismaPromise<any>[]>(arg: [...P], options?: { isolationLevel?: Prisma.TransactionIsolationLevel }): $Utils.JsPromise<runtime.Types.Utils.UnwrapTuple<P>>

  $transaction<R>(fn: (prisma: Omit<PrismaClient, runtime.ITXClientDenyList>) => $Utils.JsPromise<R>, options?: { maxWait?: number, timeout?: number, isolationLevel?: Prisma.TransactionIsolationLevel }): $Utils.JsPromise<R>


  $extends: $Extensions.ExtendsHook<"extends", Prisma.TypeMapCb<ClientOptions>, ExtArgs, $Utils.Call<Prisma.TypeMapCb<ClientOptions>, {
    extArgs: ExtArgs
  }>>

      /**
   * `prisma.council`: Exposes CRUD operations for the **Council** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more Councils
    * const councils = await prisma.council.findMany()
    * ```
    */
  get council(): Prisma.CouncilDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.person`: Exposes CRUD operations for the **Person** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more People
    * const people = await prisma.person.findMany()
    * ```
    */
  get person(): Prisma.PersonDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.personalBudget`: Exposes CRUD operations for the **PersonalBudget** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more PersonalBudgets
    * const personalBudgets = await prisma.personalBudget.findMany()
    * ```
    */
  get personalBudget(): Prisma.PersonalBudgetDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.budgetDeployment`: Exposes CRUD operations for the **BudgetDeployment** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more BudgetDeployments
    * const budgetDeployments = await prisma.budgetDeployment.findMany()
    * ```
    */
  get budgetDeployment(): Prisma.BudgetDeploymentDelegate<ExtArgs, ClientOptions>;
}

export namespace Prisma {
  export import DMMF = runtime.DMMF

  export type PrismaPromise<T> = $Public.PrismaPromise<T>

  /**
   * Validator
   */
  export import validator = runtime.Public.validator

  /**
   * Prisma Errors
   */
  export import PrismaClientKnownRequestError = runtime.PrismaClientKnownRequestError
  export import PrismaClientUnknownRequestError = runtime.PrismaClientUnknownRequestError
  export import PrismaClientRustPanicError = runtime.PrismaClientRustPanicError
  export import PrismaClientInitializationError = runtime.PrismaClientInitializationError
  export import PrismaClientValidationError = runtime.PrismaClientValidationError

  /**
   * Re-export of sql-template-tag
   */
  export import sql = runtime.sqltag
  export import empty = runtime.empty
  export import join = runtime.join
  export import raw = runtime.raw
  export import Sql = runtime.Sql



  /**
   * Decimal.js
   */
  export import Decimal = runtime.Decimal

  export type DecimalJsLike = runtime.DecimalJsLike

  /**
   * Metrics
   */
  export type Metrics = runtime.Metrics
  export type Metric<T> = runtime.Metric<T>
  export type MetricHistogram = runtime.MetricHistogram
  export type MetricHistogramBucket = runtime.MetricHistogramBucket

  /**
  * Extensions
  */
  export import Extension = $Extensions.UserArgs
  export import getExtensionContext = runtime.Extensions.getExtensionContext
  export import Args = $Public.Args
  export import Payload = $Public.Payload
  export import Result = $Public.Result
  export import Exact = $Public.Exact

  /**
   * Prisma Client JS version: 6.19.3
   * Query Engine version: c2990dca591cba766e3b7ef5d9e8a84796e47ab7
   */
  export type PrismaVersion = {
    client: string
  }

  export const prismaVersion: PrismaVersion

  /**
   * Utility Types
   */


  export import Bytes = runtime.Bytes
  export import JsonObject = runtime.JsonObject
  export import JsonArray = runtime.JsonArray
  export import JsonValue = runtime.JsonValue
  export import InputJsonObject = runtime.InputJsonObject
  export import InputJsonArray = runtime.InputJsonArray
  export import InputJsonValue = runtime.InputJsonValue

  /**
   * Types of the values used to represent different kinds of `null` values when working with JSON fields.
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  namespace NullTypes {
    /**
    * Type of `Prisma.DbNull`.
    *
    * You cannot use other instances of this class. Please use the `Prisma.DbNull` value.
    *
    * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
    */
    class DbNull {
      private DbNull: never
      private constructor()
    }

    /**
    * Type of `Prisma.JsonNull`.
    *
    * You cannot use other instances of this class. Please use the `Prisma.JsonNull` value.
    *
    * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
    */
    class JsonNull {
      private JsonNull: never
      private constructor()
    }

    /**
    * Type of `Prisma.AnyNull`.
    *
    * You cannot use other instances of this class. Please use the `Prisma.AnyNull` value.
    *
    * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
    */
    class AnyNull {
      private AnyNull: never
      private constructor()
    }
  }

  /**
   * Helper for filtering JSON entries that have `null` on the database (empty on the db)
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  export const DbNull: NullTypes.DbNull

  /**
   * Helper for filtering JSON entries that have JSON `null` values (not empty on the db)
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  export const JsonNull: NullTypes.JsonNull

  /**
   * Helper for filtering JSON entries that are `Prisma.DbNull` or `Prisma.JsonNull`
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  export const AnyNull: NullTypes.AnyNull

  type SelectAndInclude = {
    select: any
    include: any
  }

  type SelectAndOmit = {
    select: any
    omit: any
  }

  /**
   * Get the type of the value, that the Promise holds.
   */
  export type PromiseType<T extends PromiseLike<any>> = T extends PromiseLike<infer U> ? U : T;

  /**
   * Get the return type of a function which returns a Promise.
   */
  export type PromiseReturnType<T extends (...args: any) => $Utils.JsPromise<any>> = PromiseType<ReturnType<T>>

  /**
   * From T, pick a set of properties whose keys are in the union K
   */
  type Prisma__Pick<T, K extends keyof T> = {
      [P in K]: T[P];
  };


  export type Enumerable<T> = T | Array<T>;

  export type RequiredKeys<T> = {
    [K in keyof T]-?: {} extends Prisma__Pick<T, K> ? never : K
  }[keyof T]

  export type TruthyKeys<T> = keyof {
    [K in keyof T as T[K] extends false | undefined | null ? never : K]: K
  }

  export type TrueKeys<T> = TruthyKeys<Prisma__Pick<T, RequiredKeys<T>>>

  /**
   * Subset
   * @desc From `T` pick properties that exist in `U`. Simple version of Intersection
   */
  export type Subset<T, U> = {
    [key in keyof T]: key extends keyof U ? T[key] : never;
  };

  /**
   * SelectSubset
   * @desc From `T` pick properties that exist in `U`. Simple version of Intersection.
   * Additionally, it validates, if both select and include are present. If the case, it errors.
   */
  export type SelectSubset<T, U> = {
    [key in keyof T]: key extends keyof U ? T[key] : never
  } &
    (T extends SelectAndInclude
      ? 'Please either choose `select` or `include`.'
      : T extends SelectAndOmit
        ? 'Please either choose `select` or `omit`.'
        : {})

  /**
   * Subset + Intersection
   * @desc From `T` pick properties that exist in `U` and intersect `K`
   */
  export type SubsetIntersection<T, U, K> = {
    [key in keyof T]: key extends keyof U ? T[key] : never
  } &
    K

  type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };

  /**
   * XOR is needed to have a real mutually exclusive union type
   * https://stackoverflow.com/questions/42123407/does-typescript-support-mutually-exclusive-types
   */
  type XOR<T, U> =
    T extends object ?
    U extends object ?
      (Without<T, U> & U) | (Without<U, T> & T)
    : U : T


  /**
   * Is T a Record?
   */
  type IsObject<T extends any> = T extends Array<any>
  ? False
  : T extends Date
  ? False
  : T extends Uint8Array
  ? False
  : T extends BigInt
  ? False
  : T extends object
  ? True
  : False


  /**
   * If it's T[], return T
   */
  export type UnEnumerate<T extends unknown> = T extends Array<infer U> ? U : T

  /**
   * From ts-toolbelt
   */

  type __Either<O extends object, K extends Key> = Omit<O, K> &
    {
      // Merge all but K
      [P in K]: Prisma__Pick<O, P & keyof O> // With K possibilities
    }[K]

  type EitherStrict<O extends object, K extends Key> = Strict<__Either<O, K>>

  type EitherLoose<O extends object, K extends Key> = ComputeRaw<__Either<O, K>>

  type _Either<
    O extends object,
    K extends Key,
    strict extends Boolean
  > = {
    1: EitherStrict<O, K>
    0: EitherLoose<O, K>
  }[strict]

  type Either<
    O extends object,
    K extends Key,
    strict extends Boolean = 1
  > = O extends unknown ? _Either<O, K, strict> : never

  export type Union = any

  type PatchUndefined<O extends object, O1 extends object> = {
    [K in keyof O]: O[K] extends undefined ? At<O1, K> : O[K]
  } & {}

  /** Helper Types for "Merge" **/
  export type IntersectOf<U extends Union> = (
    U extends unknown ? (k: U) => void : never
  ) extends (k: infer I) => void
    ? I
    : never

  export type Overwrite<O extends object, O1 extends object> = {
      [K in keyof O]: K extends keyof O1 ? O1[K] : O[K];
  } & {};

  type _Merge<U extends object> = IntersectOf<Overwrite<U, {
      [K in keyof U]-?: At<U, K>;
  }>>;

  type Key = string | number | symbol;
  type AtBasic<O extends object, K extends Key> = K extends keyof O ? O[K] : never;
  type AtStrict<O extends object, K extends Key> = O[K & keyof O];
  type AtLoose<O extends object, K extends Key> = O extends unknown ? AtStrict<O, K> : never;
  export type At<O extends object, K extends Key, strict extends Boolean = 1> = {
      1: AtStrict<O, K>;
      0: AtLoose<O, K>;
  }[strict];

  export type ComputeRaw<A extends any> = A extends Function ? A : {
    [K in keyof A]: A[K];
  } & {};

  export type OptionalFlat<O> = {
    [K in keyof O]?: O[K];
  } & {};

  type _Record<K extends keyof any, T> = {
    [P in K]: T;
  };

  // cause typescript not to expand types and preserve names
  type NoExpand<T> = T extends unknown ? T : never;

  // this type assumes the passed object is entirely optional
  type AtLeast<O extends object, K extends string> = NoExpand<
    O extends unknown
    ? | (K extends keyof O ? { [P in K]: O[P] } & O : O)
      | {[P in keyof O as P extends K ? P : never]-?: O[P]} & O
    : never>;

  type _Strict<U, _U = U> = U extends unknown ? U & OptionalFlat<_Record<Exclude<Keys<_U>, keyof U>, never>> : never;

  export type Strict<U extends object> = ComputeRaw<_Strict<U>>;
  /** End Helper Types for "Merge" **/

  export type Merge<U extends object> = ComputeRaw<_Merge<Strict<U>>>;

  /**
  A [[Boolean]]
  */
  export type Boolean = True | False

  // /**
  // 1
  // */
  export type True = 1

  /**
  0
  */
  export type False = 0

  export type Not<B extends Boolean> = {
    0: 1
    1: 0
  }[B]

  export type Extends<A1 extends any, A2 extends any> = [A1] extends [never]
    ? 0 // anything `never` is false
    : A1 extends A2
    ? 1
    : 0

  export type Has<U extends Union, U1 extends Union> = Not<
    Extends<Exclude<U1, U>, U1>
  >

  export type Or<B1 extends Boolean, B2 extends Boolean> = {
    0: {
      0: 0
      1: 1
    }
    1: {
      0: 1
      1: 1
    }
  }[B1][B2]

  export type Keys<U extends Union> = U extends unknown ? keyof U : never

  type Cast<A, B> = A extends B ? A : B;

  export const type: unique symbol;



  /**
   * Used by group by
   */

  export type GetScalarType<T, O> = O extends object ? {
    [P in keyof T]: P extends keyof O
      ? O[P]
      : never
  } : never

  type FieldPaths<
    T,
    U = Omit<T, '_avg' | '_sum' | '_count' | '_min' | '_max'>
  > = IsObject<T> extends True ? U : T

  type GetHavingFields<T> = {
    [K in keyof T]: Or<
      Or<Extends<'OR', K>, Extends<'AND', K>>,
      Extends<'NOT', K>
    > extends True
      ? // infer is only needed to not hit TS limit
        // based on the brilliant idea of Pierre-Antoine Mills
        // https://github.com/microsoft/TypeScript/issues/30188#issuecomment-478938437
        T[K] extends infer TK
        ? GetHavingFields<UnEnumerate<TK> extends object ? Merge<UnEnumerate<TK>> : never>
        : never
      : {} extends FieldPaths<T[K]>
      ? never
      : K
  }[keyof T]

  /**
   * Convert tuple to union
   */
  type _TupleToUnion<T> = T extends (infer E)[] ? E : never
  type TupleToUnion<K extends readonly any[]> = _TupleToUnion<K>
  type MaybeTupleToUnion<T> = T extends any[] ? TupleToUnion<T> : T

  /**
   * Like `Pick`, but additionally can also accept an array of keys
   */
  type PickEnumerable<T, K extends Enumerable<keyof T> | keyof T> = Prisma__Pick<T, MaybeTupleToUnion<K>>

  /**
   * Exclude all keys with underscores
   */
  type ExcludeUnderscoreKeys<T extends string> = T extends `_${string}` ? never : T


  export type FieldRef<Model, FieldType> = runtime.FieldRef<Model, FieldType>

  type FieldRefInputType<Model, FieldType> = Model extends never ? never : FieldRef<Model, FieldType>


  export const ModelName: {
    Council: 'Council',
    Person: 'Person',
    PersonalBudget: 'PersonalBudget',
    BudgetDeployment: 'BudgetDeployment'
  };

  export type ModelName = (typeof ModelName)[keyof typeof ModelName]


  export type Datasources = {
    db?: Datasource
  }

  interface TypeMapCb<ClientOptions = {}> extends $Utils.Fn<{extArgs: $Extensions.InternalArgs }, $Utils.Record<string, any>> {
    returns: Prisma.TypeMap<this['params']['extArgs'], ClientOptions extends { omit: infer OmitOptions } ? OmitOptions : {}>
  }

  export type TypeMap<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> = {
    globalOmitOptions: {
      omit: GlobalOmitOptions
    }
    meta: {
      modelProps: "council" | "person" | "personalBudget" | "budgetDeployment"
      txIsolationLevel: Prisma.TransactionIsolationLevel
    }
    model: {
      Council: {
        payload: Prisma.$CouncilPayload<ExtArgs>
        fields: Prisma.CouncilFieldRefs
        operations: {
          findUnique: {
            args: Prisma.CouncilFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CouncilPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.CouncilFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CouncilPayload>
          }
          findFirst: {
            args: Prisma.CouncilFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CouncilPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.CouncilFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CouncilPayload>
          }
          findMany: {
            args: Prisma.CouncilFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CouncilPayload>[]
          }
          create: {
            args: Prisma.CouncilCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CouncilPayload>
          }
          createMany: {
            args: Prisma.CouncilCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.CouncilCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CouncilPayload>[]
          }
          delete: {
            args: Prisma.CouncilDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CouncilPayload>
          }
          update: {
            args: Prisma.CouncilUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CouncilPayload>
          }
          deleteMany: {
            args: Prisma.CouncilDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.CouncilUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.CouncilUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CouncilPayload>[]
          }
          upsert: {
            args: Prisma.CouncilUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CouncilPayload>
          }
          aggregate: {
            args: Prisma.CouncilAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateCouncil>
          }
          groupBy: {
            args: Prisma.CouncilGroupByArgs<ExtArgs>
            result: $Utils.Optional<CouncilGroupByOutputType>[]
          }
          count: {
            args: Prisma.CouncilCountArgs<ExtArgs>
            result: $Utils.Optional<CouncilCountAggregateOutputType> | number
          }
        }
      }
      Person: {
        payload: Prisma.$PersonPayload<ExtArgs>
        fields: Prisma.PersonFieldRefs
        operations: {
          findUnique: {
            args: Prisma.PersonFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.PersonFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonPayload>
          }
          findFirst: {
            args: Prisma.PersonFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.PersonFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonPayload>
          }
          findMany: {
            args: Prisma.PersonFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonPayload>[]
          }
          create: {
            args: Prisma.PersonCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonPayload>
          }
          createMany: {
            args: Prisma.PersonCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.PersonCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonPayload>[]
          }
          delete: {
            args: Prisma.PersonDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonPayload>
          }
          update: {
            args: Prisma.PersonUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonPayload>
          }
          deleteMany: {
            args: Prisma.PersonDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.PersonUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.PersonUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonPayload>[]
          }
          upsert: {
            args: Prisma.PersonUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonPayload>
          }
          aggregate: {
            args: Prisma.PersonAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregatePerson>
          }
          groupBy: {
            args: Prisma.PersonGroupByArgs<ExtArgs>
            result: $Utils.Optional<PersonGroupByOutputType>[]
          }
          count: {
            args: Prisma.PersonCountArgs<ExtArgs>
            result: $Utils.Optional<PersonCountAggregateOutputType> | number
          }
        }
      }
      PersonalBudget: {
        payload: Prisma.$PersonalBudgetPayload<ExtArgs>
        fields: Prisma.PersonalBudgetFieldRefs
        operations: {
          findUnique: {
            args: Prisma.PersonalBudgetFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonalBudgetPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.PersonalBudgetFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonalBudgetPayload>
          }
          findFirst: {
            args: Prisma.PersonalBudgetFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonalBudgetPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.PersonalBudgetFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonalBudgetPayload>
          }
          findMany: {
            args: Prisma.PersonalBudgetFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonalBudgetPayload>[]
          }
          create: {
            args: Prisma.PersonalBudgetCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonalBudgetPayload>
          }
          createMany: {
            args: Prisma.PersonalBudgetCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.PersonalBudgetCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonalBudgetPayload>[]
          }
          delete: {
            args: Prisma.PersonalBudgetDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonalBudgetPayload>
          }
          update: {
            args: Prisma.PersonalBudgetUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonalBudgetPayload>
          }
          deleteMany: {
            args: Prisma.PersonalBudgetDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.PersonalBudgetUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.PersonalBudgetUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonalBudgetPayload>[]
          }
          upsert: {
            args: Prisma.PersonalBudgetUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$PersonalBudgetPayload>
          }
          aggregate: {
            args: Prisma.PersonalBudgetAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregatePersonalBudget>
          }
          groupBy: {
            args: Prisma.PersonalBudgetGroupByArgs<ExtArgs>
            result: $Utils.Optional<PersonalBudgetGroupByOutputType>[]
          }
          count: {
            args: Prisma.PersonalBudgetCountArgs<ExtArgs>
            result: $Utils.Optional<PersonalBudgetCountAggregateOutputType> | number
          }
        }
      }
      BudgetDeployment: {
        payload: Prisma.$BudgetDeploymentPayload<ExtArgs>
        fields: Prisma.BudgetDeploymentFieldRefs
        operations: {
          findUnique: {
            args: Prisma.BudgetDeploymentFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BudgetDeploymentPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.BudgetDeploymentFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BudgetDeploymentPayload>
          }
          findFirst: {
            args: Prisma.BudgetDeploymentFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BudgetDeploymentPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.BudgetDeploymentFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BudgetDeploymentPayload>
          }
          findMany: {
            args: Prisma.BudgetDeploymentFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BudgetDeploymentPayload>[]
          }
          create: {
            args: Prisma.BudgetDeploymentCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BudgetDeploymentPayload>
          }
          createMany: {
            args: Prisma.BudgetDeploymentCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.BudgetDeploymentCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BudgetDeploymentPayload>[]
          }
          delete: {
            args: Prisma.BudgetDeploymentDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BudgetDeploymentPayload>
          }
          update: {
            args: Prisma.BudgetDeploymentUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BudgetDeploymentPayload>
          }
          deleteMany: {
            args: Prisma.BudgetDeploymentDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.BudgetDeploymentUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.BudgetDeploymentUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BudgetDeploymentPayload>[]
          }
          upsert: {
            args: Prisma.BudgetDeploymentUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BudgetDeploymentPayload>
          }
          aggregate: {
            args: Prisma.BudgetDeploymentAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateBudgetDeployment>
          }
          groupBy: {
            args: Prisma.BudgetDeploymentGroupByArgs<ExtArgs>
            result: $Utils.Optional<BudgetDeploymentGroupByOutputType>[]
          }
          count: {
            args: Prisma.BudgetDeploymentCountArgs<ExtArgs>
            result: $Utils.Optional<BudgetDeploymentCountAggregateOutputType> | number
          }
        }
      }
    }
  } & {
    other: {
      payload: any
      operations: {
        $executeRaw: {
          args: [query: TemplateStringsArray | Prisma.Sql, ...values: any[]],
          result: any
        }
        $executeRawUnsafe: {
          args: [query: string, ...values: any[]],
          result: any
        }
        $queryRaw: {
          args: [query: TemplateStringsArray | Prisma.Sql, ...values: any[]],
          result: any
        }
        $queryRawUnsafe: {
          args: [query: string, ...values: any[]],
          result: any
        }
      }
    }
  }
  export const defineExtension: $Extensions.ExtendsHook<"define", Prisma.TypeMapCb, $Extensions.DefaultArgs>
  export type DefaultPrismaClient = PrismaClient
  export type ErrorFormat = 'pretty' | 'colorless' | 'minimal'
  export interface PrismaClientOptions {
    /**
     * Overwrites the datasource url from your schema.prisma file
     */
    datasources?: Datasources
    /**
     * Overwrites the datasource url from your schema.prisma file
     */
    datasourceUrl?: string
    /**
     * @default "colorless"
     */
    errorFormat?: ErrorFormat
    /**
     * @example
     * ```
     * // Shorthand for `emit: 'stdout'`
     * log: ['query', 'info', 'warn', 'error']
     * 
     * // Emit as events only
     * log: [
     *   { emit: 'event', level: 'query' },
     *   { emit: 'event', level: 'info' },
     *   { emit: 'event', level: 'warn' }
     *   { emit: 'event', level: 'error' }
     * ]
     * 
     * / Emit as events and log to stdout
     * og: [
     *  { emit: 'stdout', level: 'query' },
     *  { emit: 'stdout', level: 'info' },
     *  { emit: 'stdout', level: 'warn' }
     *  { emit: 'stdout', level: 'error' }
     * 
     * ```
     * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/logging#the-log-option).
     */
    log?: (LogLevel | LogDefinition)[]
    /**
     * The default values for transactionOptions
     * maxWait ?= 2000
     * timeout ?= 5000
     */
    transactionOptions?: {
      maxWait?: number
      timeout?: number
      isolationLevel?: Prisma.TransactionIsolationLevel
    }
    /**
     * Instance of a Driver Adapter, e.g., like one provided by `@prisma/adapter-planetscale`
     */
    adapter?: runtime.SqlDriverAdapterFactory | null
    /**
     * Global configuration for omitting model fields by default.
     * 
     * @example
     * ```
     * const prisma = new PrismaClient({
     *   omit: {
     *     user: {
     *       password: true
     *     }
     *   }
     * })
     * ```
     */
    omit?: Prisma.GlobalOmitConfig
  }
  export type GlobalOmitConfig = {
    council?: CouncilOmit
    person?: PersonOmit
    personalBudget?: PersonalBudgetOmit
    budgetDeployment?: BudgetDeploymentOmit
  }

  /* Types for Logging */
  export type LogLevel = 'info' | 'query' | 'warn' | 'error'
  export type LogDefinition = {
    level: LogLevel
    emit: 'stdout' | 'event'
  }

  export type CheckIsLogLevel<T> = T extends LogLevel ? T : never;

  export type GetLogType<T> = CheckIsLogLevel<
    T extends LogDefinition ? T['level'] : T
  >;

  export type GetEvents<T extends any[]> = T extends Array<LogLevel | LogDefinition>
    ? GetLogType<T[number]>
    : never;

  export type QueryEvent = {
    timestamp: Date
    query: string
    params: string
    duration: number
    target: string
  }

  export type LogEvent = {
    timestamp: Date
    message: string
    target: string
  }
  /* End Types for Logging */


  export type PrismaAction =
    | 'findUnique'
    | 'findUniqueOrThrow'
    | 'findMany'
    | 'findFirst'
    | 'findFirstOrThrow'
    | 'create'
    | 'createMany'
    | 'createManyAndReturn'
    | 'update'
    | 'updateMany'
    | 'updateManyAndReturn'
    | 'upsert'
    | 'delete'
    | 'deleteMany'
    | 'executeRaw'
    | 'queryRaw'
    | 'aggregate'
    | 'count'
    | 'runCommandRaw'
    | 'findRaw'
    | 'groupBy'

  // tested in getLogLevel.test.ts
  export function getLogLevel(log: Array<LogLevel | LogDefinition>): LogLevel | undefined;

  /**
   * `PrismaClient` proxy available in interactive transactions.
   */
  export type TransactionClient = Omit<Prisma.DefaultPrismaClient, runtime.ITXClientDenyList>

  export type Datasource = {
    url?: string
  }

  /**
   * Count Types
   */


  /**
   * Count Type CouncilCountOutputType
   */

  export type CouncilCountOutputType = {
    people: number
    personalBudgets: number
    deployments: number
  }

  export type CouncilCountOutputTypeSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    people?: boolean | CouncilCountOutputTypeCountPeopleArgs
    personalBudgets?: boolean | CouncilCountOutputTypeCountPersonalBudgetsArgs
    deployments?: boolean | CouncilCountOutputTypeCountDeploymentsArgs
  }

  // Custom InputTypes
  /**
   * CouncilCountOutputType without action
   */
  export type CouncilCountOutputTypeDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CouncilCountOutputType
     */
    select?: CouncilCountOutputTypeSelect<ExtArgs> | null
  }

  /**
   * CouncilCountOutputType without action
   */
  export type CouncilCountOutputTypeCountPeopleArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: PersonWhereInput
  }

  /**
   * CouncilCountOutputType without action
   */
  export type CouncilCountOutputTypeCountPersonalBudgetsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: PersonalBudgetWhereInput
  }

  /**
   * CouncilCountOutputType without action
   */
  export type CouncilCountOutputTypeCountDeploymentsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: BudgetDeploymentWhereInput
  }


  /**
   * Count Type PersonCountOutputType
   */

  export type PersonCountOutputType = {
    personalBudgets: number
  }

  export type PersonCountOutputTypeSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    personalBudgets?: boolean | PersonCountOutputTypeCountPersonalBudgetsArgs
  }

  // Custom InputTypes
  /**
   * PersonCountOutputType without action
   */
  export type PersonCountOutputTypeDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PersonCountOutputType
     */
    select?: PersonCountOutputTypeSelect<ExtArgs> | null
  }

  /**
   * PersonCountOutputType without action
   */
  export type PersonCountOutputTypeCountPersonalBudgetsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: PersonalBudgetWhereInput
  }


  /**
   * Count Type PersonalBudgetCountOutputType
   */

  export type PersonalBudgetCountOutputType = {
    deployments: number
  }

  export type PersonalBudgetCountOutputTypeSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployments?: boolean | PersonalBudgetCountOutputTypeCountDeploymentsArgs
  }

  // Custom InputTypes
  /**
   * PersonalBudgetCountOutputType without action
   */
  export type PersonalBudgetCountOutputTypeDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PersonalBudgetCountOutputType
     */
    select?: PersonalBudgetCountOutputTypeSelect<ExtArgs> | null
  }

  /**
   * PersonalBudgetCountOutputType without action
   */
  export type PersonalBudgetCountOutputTypeCountDeploymentsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: BudgetDeploymentWhereInput
  }


  /**
   * Models
   */

  /**
   * Model Council
   */

  export type AggregateCouncil = {
    _count: CouncilCountAggregateOutputType | null
    _min: CouncilMinAggregateOutputType | null
    _max: CouncilMaxAggregateOutputType | null
  }

  export type CouncilMinAggregateOutputType = {
    id: string | null
    laCode: string | null
    name: string | null
    region: string | null
    createdAt: Date | null
  }

  export type CouncilMaxAggregateOutputType = {
    id: string | null
    laCode: string | null
    name: string | null
    region: string | null
    createdAt: Date | null
  }

  export type CouncilCountAggregateOutputType = {
    id: number
    laCode: number
    name: number
    region: number
    createdAt: number
    _all: number
  }


  export type CouncilMinAggregateInputType = {
    id?: true
    laCode?: true
    name?: true
    region?: true
    createdAt?: true
  }

  export type CouncilMaxAggregateInputType = {
    id?: true
    laCode?: true
    name?: true
    region?: true
    createdAt?: true
  }

  export type CouncilCountAggregateInputType = {
    id?: true
    laCode?: true
    name?: true
    region?: true
    createdAt?: true
    _all?: true
  }

  export type CouncilAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Council to aggregate.
     */
    where?: CouncilWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Councils to fetch.
     */
    orderBy?: CouncilOrderByWithRelationInput | CouncilOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: CouncilWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Councils from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Councils.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned Councils
    **/
    _count?: true | CouncilCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: CouncilMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: CouncilMaxAggregateInputType
  }

  export type GetCouncilAggregateType<T extends CouncilAggregateArgs> = {
        [P in keyof T & keyof AggregateCouncil]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateCouncil[P]>
      : GetScalarType<T[P], AggregateCouncil[P]>
  }




  export type CouncilGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: CouncilWhereInput
    orderBy?: CouncilOrderByWithAggregationInput | CouncilOrderByWithAggregationInput[]
    by: CouncilScalarFieldEnum[] | CouncilScalarFieldEnum
    having?: CouncilScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: CouncilCountAggregateInputType | true
    _min?: CouncilMinAggregateInputType
    _max?: CouncilMaxAggregateInputType
  }

  export type CouncilGroupByOutputType = {
    id: string
    laCode: string
    name: string
    region: string
    createdAt: Date
    _count: CouncilCountAggregateOutputType | null
    _min: CouncilMinAggregateOutputType | null
    _max: CouncilMaxAggregateOutputType | null
  }

  type GetCouncilGroupByPayload<T extends CouncilGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<CouncilGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof CouncilGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], CouncilGroupByOutputType[P]>
            : GetScalarType<T[P], CouncilGroupByOutputType[P]>
        }
      >
    >


  export type CouncilSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    laCode?: boolean
    name?: boolean
    region?: boolean
    createdAt?: boolean
    people?: boolean | Council$peopleArgs<ExtArgs>
    personalBudgets?: boolean | Council$personalBudgetsArgs<ExtArgs>
    deployments?: boolean | Council$deploymentsArgs<ExtArgs>
    _count?: boolean | CouncilCountOutputTypeDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["council"]>

  export type CouncilSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    laCode?: boolean
    name?: boolean
    region?: boolean
    createdAt?: boolean
  }, ExtArgs["result"]["council"]>

  export type CouncilSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    laCode?: boolean
    name?: boolean
    region?: boolean
    createdAt?: boolean
  }, ExtArgs["result"]["council"]>

  export type CouncilSelectScalar = {
    id?: boolean
    laCode?: boolean
    name?: boolean
    region?: boolean
    createdAt?: boolean
  }

  export type CouncilOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "laCode" | "name" | "region" | "createdAt", ExtArgs["result"]["council"]>
  export type CouncilInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    people?: boolean | Council$peopleArgs<ExtArgs>
    personalBudgets?: boolean | Council$personalBudgetsArgs<ExtArgs>
    deployments?: boolean | Council$deploymentsArgs<ExtArgs>
    _count?: boolean | CouncilCountOutputTypeDefaultArgs<ExtArgs>
  }
  export type CouncilIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {}
  export type CouncilIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {}

  export type $CouncilPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "Council"
    objects: {
      people: Prisma.$PersonPayload<ExtArgs>[]
      personalBudgets: Prisma.$PersonalBudgetPayload<ExtArgs>[]
      deployments: Prisma.$BudgetDeploymentPayload<ExtArgs>[]
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      laCode: string
      name: string
      region: string
      createdAt: Date
    }, ExtArgs["result"]["council"]>
    composites: {}
  }

  type CouncilGetPayload<S extends boolean | null | undefined | CouncilDefaultArgs> = $Result.GetResult<Prisma.$CouncilPayload, S>

  type CouncilCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<CouncilFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: CouncilCountAggregateInputType | true
    }

  export interface CouncilDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['Council'], meta: { name: 'Council' } }
    /**
     * Find zero or one Council that matches the filter.
     * @param {CouncilFindUniqueArgs} args - Arguments to find a Council
     * @example
     * // Get one Council
     * const council = await prisma.council.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends CouncilFindUniqueArgs>(args: SelectSubset<T, CouncilFindUniqueArgs<ExtArgs>>): Prisma__CouncilClient<$Result.GetResult<Prisma.$CouncilPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one Council that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {CouncilFindUniqueOrThrowArgs} args - Arguments to find a Council
     * @example
     * // Get one Council
     * const council = await prisma.council.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends CouncilFindUniqueOrThrowArgs>(args: SelectSubset<T, CouncilFindUniqueOrThrowArgs<ExtArgs>>): Prisma__CouncilClient<$Result.GetResult<Prisma.$CouncilPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Council that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CouncilFindFirstArgs} args - Arguments to find a Council
     * @example
     * // Get one Council
     * const council = await prisma.council.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends CouncilFindFirstArgs>(args?: SelectSubset<T, CouncilFindFirstArgs<ExtArgs>>): Prisma__CouncilClient<$Result.GetResult<Prisma.$CouncilPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Council that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CouncilFindFirstOrThrowArgs} args - Arguments to find a Council
     * @example
     * // Get one Council
     * const council = await prisma.council.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends CouncilFindFirstOrThrowArgs>(args?: SelectSubset<T, CouncilFindFirstOrThrowArgs<ExtArgs>>): Prisma__CouncilClient<$Result.GetResult<Prisma.$CouncilPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more Councils that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CouncilFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Councils
     * const councils = await prisma.council.findMany()
     * 
     * // Get first 10 Councils
     * const councils = await prisma.council.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const councilWithIdOnly = await prisma.council.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends CouncilFindManyArgs>(args?: SelectSubset<T, CouncilFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$CouncilPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a Council.
     * @param {CouncilCreateArgs} args - Arguments to create a Council.
     * @example
     * // Create one Council
     * const Council = await prisma.council.create({
     *   data: {
     *     // ... data to create a Council
     *   }
     * })
     * 
     */
    create<T extends CouncilCreateArgs>(args: SelectSubset<T, CouncilCreateArgs<ExtArgs>>): Prisma__CouncilClient<$Result.GetResult<Prisma.$CouncilPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many Councils.
     * @param {CouncilCreateManyArgs} args - Arguments to create many Councils.
     * @example
     * // Create many Councils
     * const council = await prisma.council.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends CouncilCreateManyArgs>(args?: SelectSubset<T, CouncilCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many Councils and returns the data saved in the database.
     * @param {CouncilCreateManyAndReturnArgs} args - Arguments to create many Councils.
     * @example
     * // Create many Councils
     * const council = await prisma.council.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many Councils and only return the `id`
     * const councilWithIdOnly = await prisma.council.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends CouncilCreateManyAndReturnArgs>(args?: SelectSubset<T, CouncilCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$CouncilPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a Council.
     * @param {CouncilDeleteArgs} args - Arguments to delete one Council.
     * @example
     * // Delete one Council
     * const Council = await prisma.council.delete({
     *   where: {
     *     // ... filter to delete one Council
     *   }
     * })
     * 
     */
    delete<T extends CouncilDeleteArgs>(args: SelectSubset<T, CouncilDeleteArgs<ExtArgs>>): Prisma__CouncilClient<$Result.GetResult<Prisma.$CouncilPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one Council.
     * @param {CouncilUpdateArgs} args - Arguments to update one Council.
     * @example
     * // Update one Council
     * const council = await prisma.council.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends CouncilUpdateArgs>(args: SelectSubset<T, CouncilUpdateArgs<ExtArgs>>): Prisma__CouncilClient<$Result.GetResult<Prisma.$CouncilPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more Councils.
     * @param {CouncilDeleteManyArgs} args - Arguments to filter Councils to delete.
     * @example
     * // Delete a few Councils
     * const { count } = await prisma.council.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends CouncilDeleteManyArgs>(args?: SelectSubset<T, CouncilDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Councils.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CouncilUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Councils
     * const council = await prisma.council.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends CouncilUpdateManyArgs>(args: SelectSubset<T, CouncilUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Councils and returns the data updated in the database.
     * @param {CouncilUpdateManyAndReturnArgs} args - Arguments to update many Councils.
     * @example
     * // Update many Councils
     * const council = await prisma.council.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more Councils and only return the `id`
     * const councilWithIdOnly = await prisma.council.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends CouncilUpdateManyAndReturnArgs>(args: SelectSubset<T, CouncilUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$CouncilPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one Council.
     * @param {CouncilUpsertArgs} args - Arguments to update or create a Council.
     * @example
     * // Update or create a Council
     * const council = await prisma.council.upsert({
     *   create: {
     *     // ... data to create a Council
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Council we want to update
     *   }
     * })
     */
    upsert<T extends CouncilUpsertArgs>(args: SelectSubset<T, CouncilUpsertArgs<ExtArgs>>): Prisma__CouncilClient<$Result.GetResult<Prisma.$CouncilPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of Councils.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CouncilCountArgs} args - Arguments to filter Councils to count.
     * @example
     * // Count the number of Councils
     * const count = await prisma.council.count({
     *   where: {
     *     // ... the filter for the Councils we want to count
     *   }
     * })
    **/
    count<T extends CouncilCountArgs>(
      args?: Subset<T, CouncilCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], CouncilCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a Council.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CouncilAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends CouncilAggregateArgs>(args: Subset<T, CouncilAggregateArgs>): Prisma.PrismaPromise<GetCouncilAggregateType<T>>

    /**
     * Group by Council.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CouncilGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends CouncilGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: CouncilGroupByArgs['orderBy'] }
        : { orderBy?: CouncilGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, CouncilGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetCouncilGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the Council model
   */
  readonly fields: CouncilFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for Council.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__CouncilClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    people<T extends Council$peopleArgs<ExtArgs> = {}>(args?: Subset<T, Council$peopleArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$PersonPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    personalBudgets<T extends Council$personalBudgetsArgs<ExtArgs> = {}>(args?: Subset<T, Council$personalBudgetsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$PersonalBudgetPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    deployments<T extends Council$deploymentsArgs<ExtArgs> = {}>(args?: Subset<T, Council$deploymentsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$BudgetDeploymentPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the Council model
   */
  interface CouncilFieldRefs {
    readonly id: FieldRef<"Council", 'String'>
    readonly laCode: FieldRef<"Council", 'String'>
    readonly name: FieldRef<"Council", 'String'>
    readonly region: FieldRef<"Council", 'String'>
    readonly createdAt: FieldRef<"Council", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * Council findUnique
   */
  export type CouncilFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Council
     */
    select?: CouncilSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Council
     */
    omit?: CouncilOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CouncilInclude<ExtArgs> | null
    /**
     * Filter, which Council to fetch.
     */
    where: CouncilWhereUniqueInput
  }

  /**
   * Council findUniqueOrThrow
   */
  export type CouncilFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Council
     */
    select?: CouncilSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Council
     */
    omit?: CouncilOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CouncilInclude<ExtArgs> | null
    /**
     * Filter, which Council to fetch.
     */
    where: CouncilWhereUniqueInput
  }

  /**
   * Council findFirst
   */
  export type CouncilFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Council
     */
    select?: CouncilSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Council
     */
    omit?: CouncilOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CouncilInclude<ExtArgs> | null
    /**
     * Filter, which Council to fetch.
     */
    where?: CouncilWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Councils to fetch.
     */
    orderBy?: CouncilOrderByWithRelationInput | CouncilOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Councils.
     */
    cursor?: CouncilWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Councils from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Councils.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Councils.
     */
    distinct?: CouncilScalarFieldEnum | CouncilScalarFieldEnum[]
  }

  /**
   * Council findFirstOrThrow
   */
  export type CouncilFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Council
     */
    select?: CouncilSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Council
     */
    omit?: CouncilOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CouncilInclude<ExtArgs> | null
    /**
     * Filter, which Council to fetch.
     */
    where?: CouncilWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Councils to fetch.
     */
    orderBy?: CouncilOrderByWithRelationInput | CouncilOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Councils.
     */
    cursor?: CouncilWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Councils from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Councils.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Councils.
     */
    distinct?: CouncilScalarFieldEnum | CouncilScalarFieldEnum[]
  }

  /**
   * Council findMany
   */
  export type CouncilFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Council
     */
    select?: CouncilSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Council
     */
    omit?: CouncilOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CouncilInclude<ExtArgs> | null
    /**
     * Filter, which Councils to fetch.
     */
    where?: CouncilWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Councils to fetch.
     */
    orderBy?: CouncilOrderByWithRelationInput | CouncilOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing Councils.
     */
    cursor?: CouncilWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Councils from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Councils.
     */
    skip?: number
    distinct?: CouncilScalarFieldEnum | CouncilScalarFieldEnum[]
  }

  /**
   * Council create
   */
  export type CouncilCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Council
     */
    select?: CouncilSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Council
     */
    omit?: CouncilOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CouncilInclude<ExtArgs> | null
    /**
     * The data needed to create a Council.
     */
    data: XOR<CouncilCreateInput, CouncilUncheckedCreateInput>
  }

  /**
   * Council createMany
   */
  export type CouncilCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many Councils.
     */
    data: CouncilCreateManyInput | CouncilCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * Council createManyAndReturn
   */
  export type CouncilCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Council
     */
    select?: CouncilSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Council
     */
    omit?: CouncilOmit<ExtArgs> | null
    /**
     * The data used to create many Councils.
     */
    data: CouncilCreateManyInput | CouncilCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * Council update
   */
  export type CouncilUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Council
     */
    select?: CouncilSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Council
     */
    omit?: CouncilOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CouncilInclude<ExtArgs> | null
    /**
     * The data needed to update a Council.
     */
    data: XOR<CouncilUpdateInput, CouncilUncheckedUpdateInput>
    /**
     * Choose, which Council to update.
     */
    where: CouncilWhereUniqueInput
  }

  /**
   * Council updateMany
   */
  export type CouncilUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update Councils.
     */
    data: XOR<CouncilUpdateManyMutationInput, CouncilUncheckedUpdateManyInput>
    /**
     * Filter which Councils to update
     */
    where?: CouncilWhereInput
    /**
     * Limit how many Councils to update.
     */
    limit?: number
  }

  /**
   * Council updateManyAndReturn
   */
  export type CouncilUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Council
     */
    select?: CouncilSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Council
     */
    omit?: CouncilOmit<ExtArgs> | null
    /**
     * The data used to update Councils.
     */
    data: XOR<CouncilUpdateManyMutationInput, CouncilUncheckedUpdateManyInput>
    /**
     * Filter which Councils to update
     */
    where?: CouncilWhereInput
    /**
     * Limit how many Councils to update.
     */
    limit?: number
  }

  /**
   * Council upsert
   */
  export type CouncilUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Council
     */
    select?: CouncilSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Council
     */
    omit?: CouncilOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CouncilInclude<ExtArgs> | null
    /**
     * The filter to search for the Council to update in case it exists.
     */
    where: CouncilWhereUniqueInput
    /**
     * In case the Council found by the `where` argument doesn't exist, create a new Council with this data.
     */
    create: XOR<CouncilCreateInput, CouncilUncheckedCreateInput>
    /**
     * In case the Council was found with the provided `where` argument, update it with this data.
     */
    update: XOR<CouncilUpdateInput, CouncilUncheckedUpdateInput>
  }

  /**
   * Council delete
   */
  export type CouncilDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Council
     */
    select?: CouncilSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Council
     */
    omit?: CouncilOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CouncilInclude<ExtArgs> | null
    /**
     * Filter which Council to delete.
     */
    where: CouncilWhereUniqueInput
  }

  /**
   * Council deleteMany
   */
  export type CouncilDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Councils to delete
     */
    where?: CouncilWhereInput
    /**
     * Limit how many Councils to delete.
     */
    limit?: number
  }

  /**
   * Council.people
   */
  export type Council$peopleArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Person
     */
    select?: PersonSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Person
     */
    omit?: PersonOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonInclude<ExtArgs> | null
    where?: PersonWhereInput
    orderBy?: PersonOrderByWithRelationInput | PersonOrderByWithRelationInput[]
    cursor?: PersonWhereUniqueInput
    take?: number
    skip?: number
    distinct?: PersonScalarFieldEnum | PersonScalarFieldEnum[]
  }

  /**
   * Council.personalBudgets
   */
  export type Council$personalBudgetsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PersonalBudget
     */
    select?: PersonalBudgetSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PersonalBudget
     */
    omit?: PersonalBudgetOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonalBudgetInclude<ExtArgs> | null
    where?: PersonalBudgetWhereInput
    orderBy?: PersonalBudgetOrderByWithRelationInput | PersonalBudgetOrderByWithRelationInput[]
    cursor?: PersonalBudgetWhereUniqueInput
    take?: number
    skip?: number
    distinct?: PersonalBudgetScalarFieldEnum | PersonalBudgetScalarFieldEnum[]
  }

  /**
   * Council.deployments
   */
  export type Council$deploymentsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the BudgetDeployment
     */
    select?: BudgetDeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the BudgetDeployment
     */
    omit?: BudgetDeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: BudgetDeploymentInclude<ExtArgs> | null
    where?: BudgetDeploymentWhereInput
    orderBy?: BudgetDeploymentOrderByWithRelationInput | BudgetDeploymentOrderByWithRelationInput[]
    cursor?: BudgetDeploymentWhereUniqueInput
    take?: number
    skip?: number
    distinct?: BudgetDeploymentScalarFieldEnum | BudgetDeploymentScalarFieldEnum[]
  }

  /**
   * Council without action
   */
  export type CouncilDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Council
     */
    select?: CouncilSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Council
     */
    omit?: CouncilOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CouncilInclude<ExtArgs> | null
  }


  /**
   * Model Person
   */

  export type AggregatePerson = {
    _count: PersonCountAggregateOutputType | null
    _min: PersonMinAggregateOutputType | null
    _max: PersonMaxAggregateOutputType | null
  }

  export type PersonMinAggregateOutputType = {
    id: string | null
    councilId: string | null
    laPersonId: string | null
    nhsNumber: string | null
    givenName: string | null
    familyName: string | null
    birthDate: Date | null
    deathDate: Date | null
    gender: string | null
    ethnicity: string | null
    postcode: string | null
    clientType: string | null
    primarySupportReason: string | null
    accommodationStatus: string | null
    mentalCapacityForDp: string | null
    createdAt: Date | null
    updatedAt: Date | null
  }

  export type PersonMaxAggregateOutputType = {
    id: string | null
    councilId: string | null
    laPersonId: string | null
    nhsNumber: string | null
    givenName: string | null
    familyName: string | null
    birthDate: Date | null
    deathDate: Date | null
    gender: string | null
    ethnicity: string | null
    postcode: string | null
    clientType: string | null
    primarySupportReason: string | null
    accommodationStatus: string | null
    mentalCapacityForDp: string | null
    createdAt: Date | null
    updatedAt: Date | null
  }

  export type PersonCountAggregateOutputType = {
    id: number
    councilId: number
    laPersonId: number
    nhsNumber: number
    givenName: number
    familyName: number
    birthDate: number
    deathDate: number
    gender: number
    ethnicity: number
    postcode: number
    clientType: number
    primarySupportReason: number
    accommodationStatus: number
    mentalCapacityForDp: number
    createdAt: number
    updatedAt: number
    _all: number
  }


  export type PersonMinAggregateInputType = {
    id?: true
    councilId?: true
    laPersonId?: true
    nhsNumber?: true
    givenName?: true
    familyName?: true
    birthDate?: true
    deathDate?: true
    gender?: true
    ethnicity?: true
    postcode?: true
    clientType?: true
    primarySupportReason?: true
    accommodationStatus?: true
    mentalCapacityForDp?: true
    createdAt?: true
    updatedAt?: true
  }

  export type PersonMaxAggregateInputType = {
    id?: true
    councilId?: true
    laPersonId?: true
    nhsNumber?: true
    givenName?: true
    familyName?: true
    birthDate?: true
    deathDate?: true
    gender?: true
    ethnicity?: true
    postcode?: true
    clientType?: true
    primarySupportReason?: true
    accommodationStatus?: true
    mentalCapacityForDp?: true
    createdAt?: true
    updatedAt?: true
  }

  export type PersonCountAggregateInputType = {
    id?: true
    councilId?: true
    laPersonId?: true
    nhsNumber?: true
    givenName?: true
    familyName?: true
    birthDate?: true
    deathDate?: true
    gender?: true
    ethnicity?: true
    postcode?: true
    clientType?: true
    primarySupportReason?: true
    accommodationStatus?: true
    mentalCapacityForDp?: true
    createdAt?: true
    updatedAt?: true
    _all?: true
  }

  export type PersonAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Person to aggregate.
     */
    where?: PersonWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of People to fetch.
     */
    orderBy?: PersonOrderByWithRelationInput | PersonOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: PersonWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` People from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` People.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned People
    **/
    _count?: true | PersonCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: PersonMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: PersonMaxAggregateInputType
  }

  export type GetPersonAggregateType<T extends PersonAggregateArgs> = {
        [P in keyof T & keyof AggregatePerson]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregatePerson[P]>
      : GetScalarType<T[P], AggregatePerson[P]>
  }




  export type PersonGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: PersonWhereInput
    orderBy?: PersonOrderByWithAggregationInput | PersonOrderByWithAggregationInput[]
    by: PersonScalarFieldEnum[] | PersonScalarFieldEnum
    having?: PersonScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: PersonCountAggregateInputType | true
    _min?: PersonMinAggregateInputType
    _max?: PersonMaxAggregateInputType
  }

  export type PersonGroupByOutputType = {
    id: string
    councilId: string
    laPersonId: string
    nhsNumber: string | null
    givenName: string
    familyName: string
    birthDate: Date
    deathDate: Date | null
    gender: string
    ethnicity: string
    postcode: string
    clientType: string
    primarySupportReason: string
    accommodationStatus: string
    mentalCapacityForDp: string
    createdAt: Date
    updatedAt: Date
    _count: PersonCountAggregateOutputType | null
    _min: PersonMinAggregateOutputType | null
    _max: PersonMaxAggregateOutputType | null
  }

  type GetPersonGroupByPayload<T extends PersonGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<PersonGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof PersonGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], PersonGroupByOutputType[P]>
            : GetScalarType<T[P], PersonGroupByOutputType[P]>
        }
      >
    >


  export type PersonSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    councilId?: boolean
    laPersonId?: boolean
    nhsNumber?: boolean
    givenName?: boolean
    familyName?: boolean
    birthDate?: boolean
    deathDate?: boolean
    gender?: boolean
    ethnicity?: boolean
    postcode?: boolean
    clientType?: boolean
    primarySupportReason?: boolean
    accommodationStatus?: boolean
    mentalCapacityForDp?: boolean
    createdAt?: boolean
    updatedAt?: boolean
    council?: boolean | CouncilDefaultArgs<ExtArgs>
    personalBudgets?: boolean | Person$personalBudgetsArgs<ExtArgs>
    _count?: boolean | PersonCountOutputTypeDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["person"]>

  export type PersonSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    councilId?: boolean
    laPersonId?: boolean
    nhsNumber?: boolean
    givenName?: boolean
    familyName?: boolean
    birthDate?: boolean
    deathDate?: boolean
    gender?: boolean
    ethnicity?: boolean
    postcode?: boolean
    clientType?: boolean
    primarySupportReason?: boolean
    accommodationStatus?: boolean
    mentalCapacityForDp?: boolean
    createdAt?: boolean
    updatedAt?: boolean
    council?: boolean | CouncilDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["person"]>

  export type PersonSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    councilId?: boolean
    laPersonId?: boolean
    nhsNumber?: boolean
    givenName?: boolean
    familyName?: boolean
    birthDate?: boolean
    deathDate?: boolean
    gender?: boolean
    ethnicity?: boolean
    postcode?: boolean
    clientType?: boolean
    primarySupportReason?: boolean
    accommodationStatus?: boolean
    mentalCapacityForDp?: boolean
    createdAt?: boolean
    updatedAt?: boolean
    council?: boolean | CouncilDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["person"]>

  export type PersonSelectScalar = {
    id?: boolean
    councilId?: boolean
    laPersonId?: boolean
    nhsNumber?: boolean
    givenName?: boolean
    familyName?: boolean
    birthDate?: boolean
    deathDate?: boolean
    gender?: boolean
    ethnicity?: boolean
    postcode?: boolean
    clientType?: boolean
    primarySupportReason?: boolean
    accommodationStatus?: boolean
    mentalCapacityForDp?: boolean
    createdAt?: boolean
    updatedAt?: boolean
  }

  export type PersonOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "councilId" | "laPersonId" | "nhsNumber" | "givenName" | "familyName" | "birthDate" | "deathDate" | "gender" | "ethnicity" | "postcode" | "clientType" | "primarySupportReason" | "accommodationStatus" | "mentalCapacityForDp" | "createdAt" | "updatedAt", ExtArgs["result"]["person"]>
  export type PersonInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    council?: boolean | CouncilDefaultArgs<ExtArgs>
    personalBudgets?: boolean | Person$personalBudgetsArgs<ExtArgs>
    _count?: boolean | PersonCountOutputTypeDefaultArgs<ExtArgs>
  }
  export type PersonIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    council?: boolean | CouncilDefaultArgs<ExtArgs>
  }
  export type PersonIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    council?: boolean | CouncilDefaultArgs<ExtArgs>
  }

  export type $PersonPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "Person"
    objects: {
      council: Prisma.$CouncilPayload<ExtArgs>
      personalBudgets: Prisma.$PersonalBudgetPayload<ExtArgs>[]
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      councilId: string
      laPersonId: string
      nhsNumber: string | null
      givenName: string
      familyName: string
      birthDate: Date
      deathDate: Date | null
      gender: string
      ethnicity: string
      postcode: string
      clientType: string
      primarySupportReason: string
      accommodationStatus: string
      mentalCapacityForDp: string
      createdAt: Date
      updatedAt: Date
    }, ExtArgs["result"]["person"]>
    composites: {}
  }

  type PersonGetPayload<S extends boolean | null | undefined | PersonDefaultArgs> = $Result.GetResult<Prisma.$PersonPayload, S>

  type PersonCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<PersonFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: PersonCountAggregateInputType | true
    }

  export interface PersonDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['Person'], meta: { name: 'Person' } }
    /**
     * Find zero or one Person that matches the filter.
     * @param {PersonFindUniqueArgs} args - Arguments to find a Person
     * @example
     * // Get one Person
     * const person = await prisma.person.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends PersonFindUniqueArgs>(args: SelectSubset<T, PersonFindUniqueArgs<ExtArgs>>): Prisma__PersonClient<$Result.GetResult<Prisma.$PersonPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one Person that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {PersonFindUniqueOrThrowArgs} args - Arguments to find a Person
     * @example
     * // Get one Person
     * const person = await prisma.person.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends PersonFindUniqueOrThrowArgs>(args: SelectSubset<T, PersonFindUniqueOrThrowArgs<ExtArgs>>): Prisma__PersonClient<$Result.GetResult<Prisma.$PersonPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Person that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PersonFindFirstArgs} args - Arguments to find a Person
     * @example
     * // Get one Person
     * const person = await prisma.person.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends PersonFindFirstArgs>(args?: SelectSubset<T, PersonFindFirstArgs<ExtArgs>>): Prisma__PersonClient<$Result.GetResult<Prisma.$PersonPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Person that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PersonFindFirstOrThrowArgs} args - Arguments to find a Person
     * @example
     * // Get one Person
     * const person = await prisma.person.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends PersonFindFirstOrThrowArgs>(args?: SelectSubset<T, PersonFindFirstOrThrowArgs<ExtArgs>>): Prisma__PersonClient<$Result.GetResult<Prisma.$PersonPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more People that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PersonFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all People
     * const people = await prisma.person.findMany()
     * 
     * // Get first 10 People
     * const people = await prisma.person.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const personWithIdOnly = await prisma.person.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends PersonFindManyArgs>(args?: SelectSubset<T, PersonFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$PersonPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a Person.
     * @param {PersonCreateArgs} args - Arguments to create a Person.
     * @example
     * // Create one Person
     * const Person = await prisma.person.create({
     *   data: {
     *     // ... data to create a Person
     *   }
     * })
     * 
     */
    create<T extends PersonCreateArgs>(args: SelectSubset<T, PersonCreateArgs<ExtArgs>>): Prisma__PersonClient<$Result.GetResult<Prisma.$PersonPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many People.
     * @param {PersonCreateManyArgs} args - Arguments to create many People.
     * @example
     * // Create many People
     * const person = await prisma.person.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends PersonCreateManyArgs>(args?: SelectSubset<T, PersonCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many People and returns the data saved in the database.
     * @param {PersonCreateManyAndReturnArgs} args - Arguments to create many People.
     * @example
     * // Create many People
     * const person = await prisma.person.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many People and only return the `id`
     * const personWithIdOnly = await prisma.person.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends PersonCreateManyAndReturnArgs>(args?: SelectSubset<T, PersonCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$PersonPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a Person.
     * @param {PersonDeleteArgs} args - Arguments to delete one Person.
     * @example
     * // Delete one Person
     * const Person = await prisma.person.delete({
     *   where: {
     *     // ... filter to delete one Person
     *   }
     * })
     * 
     */
    delete<T extends PersonDeleteArgs>(args: SelectSubset<T, PersonDeleteArgs<ExtArgs>>): Prisma__PersonClient<$Result.GetResult<Prisma.$PersonPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one Person.
     * @param {PersonUpdateArgs} args - Arguments to update one Person.
     * @example
     * // Update one Person
     * const person = await prisma.person.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends PersonUpdateArgs>(args: SelectSubset<T, PersonUpdateArgs<ExtArgs>>): Prisma__PersonClient<$Result.GetResult<Prisma.$PersonPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more People.
     * @param {PersonDeleteManyArgs} args - Arguments to filter People to delete.
     * @example
     * // Delete a few People
     * const { count } = await prisma.person.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends PersonDeleteManyArgs>(args?: SelectSubset<T, PersonDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more People.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PersonUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many People
     * const person = await prisma.person.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends PersonUpdateManyArgs>(args: SelectSubset<T, PersonUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more People and returns the data updated in the database.
     * @param {PersonUpdateManyAndReturnArgs} args - Arguments to update many People.
     * @example
     * // Update many People
     * const person = await prisma.person.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more People and only return the `id`
     * const personWithIdOnly = await prisma.person.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends PersonUpdateManyAndReturnArgs>(args: SelectSubset<T, PersonUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$PersonPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one Person.
     * @param {PersonUpsertArgs} args - Arguments to update or create a Person.
     * @example
     * // Update or create a Person
     * const person = await prisma.person.upsert({
     *   create: {
     *     // ... data to create a Person
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Person we want to update
     *   }
     * })
     */
    upsert<T extends PersonUpsertArgs>(args: SelectSubset<T, PersonUpsertArgs<ExtArgs>>): Prisma__PersonClient<$Result.GetResult<Prisma.$PersonPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of People.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PersonCountArgs} args - Arguments to filter People to count.
     * @example
     * // Count the number of People
     * const count = await prisma.person.count({
     *   where: {
     *     // ... the filter for the People we want to count
     *   }
     * })
    **/
    count<T extends PersonCountArgs>(
      args?: Subset<T, PersonCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], PersonCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a Person.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PersonAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends PersonAggregateArgs>(args: Subset<T, PersonAggregateArgs>): Prisma.PrismaPromise<GetPersonAggregateType<T>>

    /**
     * Group by Person.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PersonGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends PersonGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: PersonGroupByArgs['orderBy'] }
        : { orderBy?: PersonGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, PersonGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetPersonGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the Person model
   */
  readonly fields: PersonFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for Person.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__PersonClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    council<T extends CouncilDefaultArgs<ExtArgs> = {}>(args?: Subset<T, CouncilDefaultArgs<ExtArgs>>): Prisma__CouncilClient<$Result.GetResult<Prisma.$CouncilPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    personalBudgets<T extends Person$personalBudgetsArgs<ExtArgs> = {}>(args?: Subset<T, Person$personalBudgetsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$PersonalBudgetPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the Person model
   */
  interface PersonFieldRefs {
    readonly id: FieldRef<"Person", 'String'>
    readonly councilId: FieldRef<"Person", 'String'>
    readonly laPersonId: FieldRef<"Person", 'String'>
    readonly nhsNumber: FieldRef<"Person", 'String'>
    readonly givenName: FieldRef<"Person", 'String'>
    readonly familyName: FieldRef<"Person", 'String'>
    readonly birthDate: FieldRef<"Person", 'DateTime'>
    readonly deathDate: FieldRef<"Person", 'DateTime'>
    readonly gender: FieldRef<"Person", 'String'>
    readonly ethnicity: FieldRef<"Person", 'String'>
    readonly postcode: FieldRef<"Person", 'String'>
    readonly clientType: FieldRef<"Person", 'String'>
    readonly primarySupportReason: FieldRef<"Person", 'String'>
    readonly accommodationStatus: FieldRef<"Person", 'String'>
    readonly mentalCapacityForDp: FieldRef<"Person", 'String'>
    readonly createdAt: FieldRef<"Person", 'DateTime'>
    readonly updatedAt: FieldRef<"Person", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * Person findUnique
   */
  export type PersonFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Person
     */
    select?: PersonSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Person
     */
    omit?: PersonOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonInclude<ExtArgs> | null
    /**
     * Filter, which Person to fetch.
     */
    where: PersonWhereUniqueInput
  }

  /**
   * Person findUniqueOrThrow
   */
  export type PersonFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Person
     */
    select?: PersonSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Person
     */
    omit?: PersonOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonInclude<ExtArgs> | null
    /**
     * Filter, which Person to fetch.
     */
    where: PersonWhereUniqueInput
  }

  /**
   * Person findFirst
   */
  export type PersonFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Person
     */
    select?: PersonSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Person
     */
    omit?: PersonOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonInclude<ExtArgs> | null
    /**
     * Filter, which Person to fetch.
     */
    where?: PersonWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of People to fetch.
     */
    orderBy?: PersonOrderByWithRelationInput | PersonOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for People.
     */
    cursor?: PersonWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` People from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` People.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of People.
     */
    distinct?: PersonScalarFieldEnum | PersonScalarFieldEnum[]
  }

  /**
   * Person findFirstOrThrow
   */
  export type PersonFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Person
     */
    select?: PersonSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Person
     */
    omit?: PersonOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonInclude<ExtArgs> | null
    /**
     * Filter, which Person to fetch.
     */
    where?: PersonWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of People to fetch.
     */
    orderBy?: PersonOrderByWithRelationInput | PersonOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for People.
     */
    cursor?: PersonWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` People from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` People.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of People.
     */
    distinct?: PersonScalarFieldEnum | PersonScalarFieldEnum[]
  }

  /**
   * Person findMany
   */
  export type PersonFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Person
     */
    select?: PersonSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Person
     */
    omit?: PersonOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonInclude<ExtArgs> | null
    /**
     * Filter, which People to fetch.
     */
    where?: PersonWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of People to fetch.
     */
    orderBy?: PersonOrderByWithRelationInput | PersonOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing People.
     */
    cursor?: PersonWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` People from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` People.
     */
    skip?: number
    distinct?: PersonScalarFieldEnum | PersonScalarFieldEnum[]
  }

  /**
   * Person create
   */
  export type PersonCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Person
     */
    select?: PersonSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Person
     */
    omit?: PersonOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonInclude<ExtArgs> | null
    /**
     * The data needed to create a Person.
     */
    data: XOR<PersonCreateInput, PersonUncheckedCreateInput>
  }

  /**
   * Person createMany
   */
  export type PersonCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many People.
     */
    data: PersonCreateManyInput | PersonCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * Person createManyAndReturn
   */
  export type PersonCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Person
     */
    select?: PersonSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Person
     */
    omit?: PersonOmit<ExtArgs> | null
    /**
     * The data used to create many People.
     */
    data: PersonCreateManyInput | PersonCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * Person update
   */
  export type PersonUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Person
     */
    select?: PersonSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Person
     */
    omit?: PersonOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonInclude<ExtArgs> | null
    /**
     * The data needed to update a Person.
     */
    data: XOR<PersonUpdateInput, PersonUncheckedUpdateInput>
    /**
     * Choose, which Person to update.
     */
    where: PersonWhereUniqueInput
  }

  /**
   * Person updateMany
   */
  export type PersonUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update People.
     */
    data: XOR<PersonUpdateManyMutationInput, PersonUncheckedUpdateManyInput>
    /**
     * Filter which People to update
     */
    where?: PersonWhereInput
    /**
     * Limit how many People to update.
     */
    limit?: number
  }

  /**
   * Person updateManyAndReturn
   */
  export type PersonUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Person
     */
    select?: PersonSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Person
     */
    omit?: PersonOmit<ExtArgs> | null
    /**
     * The data used to update People.
     */
    data: XOR<PersonUpdateManyMutationInput, PersonUncheckedUpdateManyInput>
    /**
     * Filter which People to update
     */
    where?: PersonWhereInput
    /**
     * Limit how many People to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * Person upsert
   */
  export type PersonUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Person
     */
    select?: PersonSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Person
     */
    omit?: PersonOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonInclude<ExtArgs> | null
    /**
     * The filter to search for the Person to update in case it exists.
     */
    where: PersonWhereUniqueInput
    /**
     * In case the Person found by the `where` argument doesn't exist, create a new Person with this data.
     */
    create: XOR<PersonCreateInput, PersonUncheckedCreateInput>
    /**
     * In case the Person was found with the provided `where` argument, update it with this data.
     */
    update: XOR<PersonUpdateInput, PersonUncheckedUpdateInput>
  }

  /**
   * Person delete
   */
  export type PersonDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Person
     */
    select?: PersonSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Person
     */
    omit?: PersonOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonInclude<ExtArgs> | null
    /**
     * Filter which Person to delete.
     */
    where: PersonWhereUniqueInput
  }

  /**
   * Person deleteMany
   */
  export type PersonDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which People to delete
     */
    where?: PersonWhereInput
    /**
     * Limit how many People to delete.
     */
    limit?: number
  }

  /**
   * Person.personalBudgets
   */
  export type Person$personalBudgetsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PersonalBudget
     */
    select?: PersonalBudgetSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PersonalBudget
     */
    omit?: PersonalBudgetOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonalBudgetInclude<ExtArgs> | null
    where?: PersonalBudgetWhereInput
    orderBy?: PersonalBudgetOrderByWithRelationInput | PersonalBudgetOrderByWithRelationInput[]
    cursor?: PersonalBudgetWhereUniqueInput
    take?: number
    skip?: number
    distinct?: PersonalBudgetScalarFieldEnum | PersonalBudgetScalarFieldEnum[]
  }

  /**
   * Person without action
   */
  export type PersonDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Person
     */
    select?: PersonSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Person
     */
    omit?: PersonOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonInclude<ExtArgs> | null
  }


  /**
   * Model PersonalBudget
   */

  export type AggregatePersonalBudget = {
    _count: PersonalBudgetCountAggregateOutputType | null
    _avg: PersonalBudgetAvgAggregateOutputType | null
    _sum: PersonalBudgetSumAggregateOutputType | null
    _min: PersonalBudgetMinAggregateOutputType | null
    _max: PersonalBudgetMaxAggregateOutputType | null
  }

  export type PersonalBudgetAvgAggregateOutputType = {
    version: number | null
    annualTotalPence: number | null
    annualLaContributionPence: number | null
    annualPersonContributionPence: number | null
  }

  export type PersonalBudgetSumAggregateOutputType = {
    version: number | null
    annualTotalPence: number | null
    annualLaContributionPence: number | null
    annualPersonContributionPence: number | null
  }

  export type PersonalBudgetMinAggregateOutputType = {
    id: string | null
    councilId: string | null
    personId: string | null
    version: number | null
    status: string | null
    annualTotalPence: number | null
    annualLaContributionPence: number | null
    annualPersonContributionPence: number | null
    effectiveFrom: Date | null
    effectiveTo: Date | null
    createdAt: Date | null
  }

  export type PersonalBudgetMaxAggregateOutputType = {
    id: string | null
    councilId: string | null
    personId: string | null
    version: number | null
    status: string | null
    annualTotalPence: number | null
    annualLaContributionPence: number | null
    annualPersonContributionPence: number | null
    effectiveFrom: Date | null
    effectiveTo: Date | null
    createdAt: Date | null
  }

  export type PersonalBudgetCountAggregateOutputType = {
    id: number
    councilId: number
    personId: number
    version: number
    status: number
    annualTotalPence: number
    annualLaContributionPence: number
    annualPersonContributionPence: number
    effectiveFrom: number
    effectiveTo: number
    createdAt: number
    _all: number
  }


  export type PersonalBudgetAvgAggregateInputType = {
    version?: true
    annualTotalPence?: true
    annualLaContributionPence?: true
    annualPersonContributionPence?: true
  }

  export type PersonalBudgetSumAggregateInputType = {
    version?: true
    annualTotalPence?: true
    annualLaContributionPence?: true
    annualPersonContributionPence?: true
  }

  export type PersonalBudgetMinAggregateInputType = {
    id?: true
    councilId?: true
    personId?: true
    version?: true
    status?: true
    annualTotalPence?: true
    annualLaContributionPence?: true
    annualPersonContributionPence?: true
    effectiveFrom?: true
    effectiveTo?: true
    createdAt?: true
  }

  export type PersonalBudgetMaxAggregateInputType = {
    id?: true
    councilId?: true
    personId?: true
    version?: true
    status?: true
    annualTotalPence?: true
    annualLaContributionPence?: true
    annualPersonContributionPence?: true
    effectiveFrom?: true
    effectiveTo?: true
    createdAt?: true
  }

  export type PersonalBudgetCountAggregateInputType = {
    id?: true
    councilId?: true
    personId?: true
    version?: true
    status?: true
    annualTotalPence?: true
    annualLaContributionPence?: true
    annualPersonContributionPence?: true
    effectiveFrom?: true
    effectiveTo?: true
    createdAt?: true
    _all?: true
  }

  export type PersonalBudgetAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which PersonalBudget to aggregate.
     */
    where?: PersonalBudgetWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of PersonalBudgets to fetch.
     */
    orderBy?: PersonalBudgetOrderByWithRelationInput | PersonalBudgetOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: PersonalBudgetWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` PersonalBudgets from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` PersonalBudgets.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned PersonalBudgets
    **/
    _count?: true | PersonalBudgetCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: PersonalBudgetAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: PersonalBudgetSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: PersonalBudgetMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: PersonalBudgetMaxAggregateInputType
  }

  export type GetPersonalBudgetAggregateType<T extends PersonalBudgetAggregateArgs> = {
        [P in keyof T & keyof AggregatePersonalBudget]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregatePersonalBudget[P]>
      : GetScalarType<T[P], AggregatePersonalBudget[P]>
  }




  export type PersonalBudgetGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: PersonalBudgetWhereInput
    orderBy?: PersonalBudgetOrderByWithAggregationInput | PersonalBudgetOrderByWithAggregationInput[]
    by: PersonalBudgetScalarFieldEnum[] | PersonalBudgetScalarFieldEnum
    having?: PersonalBudgetScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: PersonalBudgetCountAggregateInputType | true
    _avg?: PersonalBudgetAvgAggregateInputType
    _sum?: PersonalBudgetSumAggregateInputType
    _min?: PersonalBudgetMinAggregateInputType
    _max?: PersonalBudgetMaxAggregateInputType
  }

  export type PersonalBudgetGroupByOutputType = {
    id: string
    councilId: string
    personId: string
    version: number
    status: string
    annualTotalPence: number
    annualLaContributionPence: number
    annualPersonContributionPence: number
    effectiveFrom: Date
    effectiveTo: Date | null
    createdAt: Date
    _count: PersonalBudgetCountAggregateOutputType | null
    _avg: PersonalBudgetAvgAggregateOutputType | null
    _sum: PersonalBudgetSumAggregateOutputType | null
    _min: PersonalBudgetMinAggregateOutputType | null
    _max: PersonalBudgetMaxAggregateOutputType | null
  }

  type GetPersonalBudgetGroupByPayload<T extends PersonalBudgetGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<PersonalBudgetGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof PersonalBudgetGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], PersonalBudgetGroupByOutputType[P]>
            : GetScalarType<T[P], PersonalBudgetGroupByOutputType[P]>
        }
      >
    >


  export type PersonalBudgetSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    councilId?: boolean
    personId?: boolean
    version?: boolean
    status?: boolean
    annualTotalPence?: boolean
    annualLaContributionPence?: boolean
    annualPersonContributionPence?: boolean
    effectiveFrom?: boolean
    effectiveTo?: boolean
    createdAt?: boolean
    council?: boolean | CouncilDefaultArgs<ExtArgs>
    person?: boolean | PersonDefaultArgs<ExtArgs>
    deployments?: boolean | PersonalBudget$deploymentsArgs<ExtArgs>
    _count?: boolean | PersonalBudgetCountOutputTypeDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["personalBudget"]>

  export type PersonalBudgetSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    councilId?: boolean
    personId?: boolean
    version?: boolean
    status?: boolean
    annualTotalPence?: boolean
    annualLaContributionPence?: boolean
    annualPersonContributionPence?: boolean
    effectiveFrom?: boolean
    effectiveTo?: boolean
    createdAt?: boolean
    council?: boolean | CouncilDefaultArgs<ExtArgs>
    person?: boolean | PersonDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["personalBudget"]>

  export type PersonalBudgetSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    councilId?: boolean
    personId?: boolean
    version?: boolean
    status?: boolean
    annualTotalPence?: boolean
    annualLaContributionPence?: boolean
    annualPersonContributionPence?: boolean
    effectiveFrom?: boolean
    effectiveTo?: boolean
    createdAt?: boolean
    council?: boolean | CouncilDefaultArgs<ExtArgs>
    person?: boolean | PersonDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["personalBudget"]>

  export type PersonalBudgetSelectScalar = {
    id?: boolean
    councilId?: boolean
    personId?: boolean
    version?: boolean
    status?: boolean
    annualTotalPence?: boolean
    annualLaContributionPence?: boolean
    annualPersonContributionPence?: boolean
    effectiveFrom?: boolean
    effectiveTo?: boolean
    createdAt?: boolean
  }

  export type PersonalBudgetOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "councilId" | "personId" | "version" | "status" | "annualTotalPence" | "annualLaContributionPence" | "annualPersonContributionPence" | "effectiveFrom" | "effectiveTo" | "createdAt", ExtArgs["result"]["personalBudget"]>
  export type PersonalBudgetInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    council?: boolean | CouncilDefaultArgs<ExtArgs>
    person?: boolean | PersonDefaultArgs<ExtArgs>
    deployments?: boolean | PersonalBudget$deploymentsArgs<ExtArgs>
    _count?: boolean | PersonalBudgetCountOutputTypeDefaultArgs<ExtArgs>
  }
  export type PersonalBudgetIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    council?: boolean | CouncilDefaultArgs<ExtArgs>
    person?: boolean | PersonDefaultArgs<ExtArgs>
  }
  export type PersonalBudgetIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    council?: boolean | CouncilDefaultArgs<ExtArgs>
    person?: boolean | PersonDefaultArgs<ExtArgs>
  }

  export type $PersonalBudgetPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "PersonalBudget"
    objects: {
      council: Prisma.$CouncilPayload<ExtArgs>
      person: Prisma.$PersonPayload<ExtArgs>
      deployments: Prisma.$BudgetDeploymentPayload<ExtArgs>[]
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      councilId: string
      personId: string
      version: number
      status: string
      annualTotalPence: number
      annualLaContributionPence: number
      annualPersonContributionPence: number
      effectiveFrom: Date
      effectiveTo: Date | null
      createdAt: Date
    }, ExtArgs["result"]["personalBudget"]>
    composites: {}
  }

  type PersonalBudgetGetPayload<S extends boolean | null | undefined | PersonalBudgetDefaultArgs> = $Result.GetResult<Prisma.$PersonalBudgetPayload, S>

  type PersonalBudgetCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<PersonalBudgetFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: PersonalBudgetCountAggregateInputType | true
    }

  export interface PersonalBudgetDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['PersonalBudget'], meta: { name: 'PersonalBudget' } }
    /**
     * Find zero or one PersonalBudget that matches the filter.
     * @param {PersonalBudgetFindUniqueArgs} args - Arguments to find a PersonalBudget
     * @example
     * // Get one PersonalBudget
     * const personalBudget = await prisma.personalBudget.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends PersonalBudgetFindUniqueArgs>(args: SelectSubset<T, PersonalBudgetFindUniqueArgs<ExtArgs>>): Prisma__PersonalBudgetClient<$Result.GetResult<Prisma.$PersonalBudgetPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one PersonalBudget that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {PersonalBudgetFindUniqueOrThrowArgs} args - Arguments to find a PersonalBudget
     * @example
     * // Get one PersonalBudget
     * const personalBudget = await prisma.personalBudget.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends PersonalBudgetFindUniqueOrThrowArgs>(args: SelectSubset<T, PersonalBudgetFindUniqueOrThrowArgs<ExtArgs>>): Prisma__PersonalBudgetClient<$Result.GetResult<Prisma.$PersonalBudgetPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first PersonalBudget that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PersonalBudgetFindFirstArgs} args - Arguments to find a PersonalBudget
     * @example
     * // Get one PersonalBudget
     * const personalBudget = await prisma.personalBudget.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends PersonalBudgetFindFirstArgs>(args?: SelectSubset<T, PersonalBudgetFindFirstArgs<ExtArgs>>): Prisma__PersonalBudgetClient<$Result.GetResult<Prisma.$PersonalBudgetPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first PersonalBudget that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PersonalBudgetFindFirstOrThrowArgs} args - Arguments to find a PersonalBudget
     * @example
     * // Get one PersonalBudget
     * const personalBudget = await prisma.personalBudget.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends PersonalBudgetFindFirstOrThrowArgs>(args?: SelectSubset<T, PersonalBudgetFindFirstOrThrowArgs<ExtArgs>>): Prisma__PersonalBudgetClient<$Result.GetResult<Prisma.$PersonalBudgetPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more PersonalBudgets that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PersonalBudgetFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all PersonalBudgets
     * const personalBudgets = await prisma.personalBudget.findMany()
     * 
     * // Get first 10 PersonalBudgets
     * const personalBudgets = await prisma.personalBudget.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const personalBudgetWithIdOnly = await prisma.personalBudget.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends PersonalBudgetFindManyArgs>(args?: SelectSubset<T, PersonalBudgetFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$PersonalBudgetPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a PersonalBudget.
     * @param {PersonalBudgetCreateArgs} args - Arguments to create a PersonalBudget.
     * @example
     * // Create one PersonalBudget
     * const PersonalBudget = await prisma.personalBudget.create({
     *   data: {
     *     // ... data to create a PersonalBudget
     *   }
     * })
     * 
     */
    create<T extends PersonalBudgetCreateArgs>(args: SelectSubset<T, PersonalBudgetCreateArgs<ExtArgs>>): Prisma__PersonalBudgetClient<$Result.GetResult<Prisma.$PersonalBudgetPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many PersonalBudgets.
     * @param {PersonalBudgetCreateManyArgs} args - Arguments to create many PersonalBudgets.
     * @example
     * // Create many PersonalBudgets
     * const personalBudget = await prisma.personalBudget.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends PersonalBudgetCreateManyArgs>(args?: SelectSubset<T, PersonalBudgetCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many PersonalBudgets and returns the data saved in the database.
     * @param {PersonalBudgetCreateManyAndReturnArgs} args - Arguments to create many PersonalBudgets.
     * @example
     * // Create many PersonalBudgets
     * const personalBudget = await prisma.personalBudget.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many PersonalBudgets and only return the `id`
     * const personalBudgetWithIdOnly = await prisma.personalBudget.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends PersonalBudgetCreateManyAndReturnArgs>(args?: SelectSubset<T, PersonalBudgetCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$PersonalBudgetPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a PersonalBudget.
     * @param {PersonalBudgetDeleteArgs} args - Arguments to delete one PersonalBudget.
     * @example
     * // Delete one PersonalBudget
     * const PersonalBudget = await prisma.personalBudget.delete({
     *   where: {
     *     // ... filter to delete one PersonalBudget
     *   }
     * })
     * 
     */
    delete<T extends PersonalBudgetDeleteArgs>(args: SelectSubset<T, PersonalBudgetDeleteArgs<ExtArgs>>): Prisma__PersonalBudgetClient<$Result.GetResult<Prisma.$PersonalBudgetPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one PersonalBudget.
     * @param {PersonalBudgetUpdateArgs} args - Arguments to update one PersonalBudget.
     * @example
     * // Update one PersonalBudget
     * const personalBudget = await prisma.personalBudget.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends PersonalBudgetUpdateArgs>(args: SelectSubset<T, PersonalBudgetUpdateArgs<ExtArgs>>): Prisma__PersonalBudgetClient<$Result.GetResult<Prisma.$PersonalBudgetPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more PersonalBudgets.
     * @param {PersonalBudgetDeleteManyArgs} args - Arguments to filter PersonalBudgets to delete.
     * @example
     * // Delete a few PersonalBudgets
     * const { count } = await prisma.personalBudget.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends PersonalBudgetDeleteManyArgs>(args?: SelectSubset<T, PersonalBudgetDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more PersonalBudgets.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PersonalBudgetUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many PersonalBudgets
     * const personalBudget = await prisma.personalBudget.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends PersonalBudgetUpdateManyArgs>(args: SelectSubset<T, PersonalBudgetUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more PersonalBudgets and returns the data updated in the database.
     * @param {PersonalBudgetUpdateManyAndReturnArgs} args - Arguments to update many PersonalBudgets.
     * @example
     * // Update many PersonalBudgets
     * const personalBudget = await prisma.personalBudget.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more PersonalBudgets and only return the `id`
     * const personalBudgetWithIdOnly = await prisma.personalBudget.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends PersonalBudgetUpdateManyAndReturnArgs>(args: SelectSubset<T, PersonalBudgetUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$PersonalBudgetPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one PersonalBudget.
     * @param {PersonalBudgetUpsertArgs} args - Arguments to update or create a PersonalBudget.
     * @example
     * // Update or create a PersonalBudget
     * const personalBudget = await prisma.personalBudget.upsert({
     *   create: {
     *     // ... data to create a PersonalBudget
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the PersonalBudget we want to update
     *   }
     * })
     */
    upsert<T extends PersonalBudgetUpsertArgs>(args: SelectSubset<T, PersonalBudgetUpsertArgs<ExtArgs>>): Prisma__PersonalBudgetClient<$Result.GetResult<Prisma.$PersonalBudgetPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of PersonalBudgets.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PersonalBudgetCountArgs} args - Arguments to filter PersonalBudgets to count.
     * @example
     * // Count the number of PersonalBudgets
     * const count = await prisma.personalBudget.count({
     *   where: {
     *     // ... the filter for the PersonalBudgets we want to count
     *   }
     * })
    **/
    count<T extends PersonalBudgetCountArgs>(
      args?: Subset<T, PersonalBudgetCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], PersonalBudgetCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a PersonalBudget.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PersonalBudgetAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends PersonalBudgetAggregateArgs>(args: Subset<T, PersonalBudgetAggregateArgs>): Prisma.PrismaPromise<GetPersonalBudgetAggregateType<T>>

    /**
     * Group by PersonalBudget.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {PersonalBudgetGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends PersonalBudgetGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: PersonalBudgetGroupByArgs['orderBy'] }
        : { orderBy?: PersonalBudgetGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, PersonalBudgetGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetPersonalBudgetGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the PersonalBudget model
   */
  readonly fields: PersonalBudgetFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for PersonalBudget.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__PersonalBudgetClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    council<T extends CouncilDefaultArgs<ExtArgs> = {}>(args?: Subset<T, CouncilDefaultArgs<ExtArgs>>): Prisma__CouncilClient<$Result.GetResult<Prisma.$CouncilPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    person<T extends PersonDefaultArgs<ExtArgs> = {}>(args?: Subset<T, PersonDefaultArgs<ExtArgs>>): Prisma__PersonClient<$Result.GetResult<Prisma.$PersonPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    deployments<T extends PersonalBudget$deploymentsArgs<ExtArgs> = {}>(args?: Subset<T, PersonalBudget$deploymentsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$BudgetDeploymentPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the PersonalBudget model
   */
  interface PersonalBudgetFieldRefs {
    readonly id: FieldRef<"PersonalBudget", 'String'>
    readonly councilId: FieldRef<"PersonalBudget", 'String'>
    readonly personId: FieldRef<"PersonalBudget", 'String'>
    readonly version: FieldRef<"PersonalBudget", 'Int'>
    readonly status: FieldRef<"PersonalBudget", 'String'>
    readonly annualTotalPence: FieldRef<"PersonalBudget", 'Int'>
    readonly annualLaContributionPence: FieldRef<"PersonalBudget", 'Int'>
    readonly annualPersonContributionPence: FieldRef<"PersonalBudget", 'Int'>
    readonly effectiveFrom: FieldRef<"PersonalBudget", 'DateTime'>
    readonly effectiveTo: FieldRef<"PersonalBudget", 'DateTime'>
    readonly createdAt: FieldRef<"PersonalBudget", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * PersonalBudget findUnique
   */
  export type PersonalBudgetFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PersonalBudget
     */
    select?: PersonalBudgetSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PersonalBudget
     */
    omit?: PersonalBudgetOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonalBudgetInclude<ExtArgs> | null
    /**
     * Filter, which PersonalBudget to fetch.
     */
    where: PersonalBudgetWhereUniqueInput
  }

  /**
   * PersonalBudget findUniqueOrThrow
   */
  export type PersonalBudgetFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PersonalBudget
     */
    select?: PersonalBudgetSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PersonalBudget
     */
    omit?: PersonalBudgetOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonalBudgetInclude<ExtArgs> | null
    /**
     * Filter, which PersonalBudget to fetch.
     */
    where: PersonalBudgetWhereUniqueInput
  }

  /**
   * PersonalBudget findFirst
   */
  export type PersonalBudgetFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PersonalBudget
     */
    select?: PersonalBudgetSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PersonalBudget
     */
    omit?: PersonalBudgetOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonalBudgetInclude<ExtArgs> | null
    /**
     * Filter, which PersonalBudget to fetch.
     */
    where?: PersonalBudgetWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of PersonalBudgets to fetch.
     */
    orderBy?: PersonalBudgetOrderByWithRelationInput | PersonalBudgetOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for PersonalBudgets.
     */
    cursor?: PersonalBudgetWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` PersonalBudgets from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` PersonalBudgets.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of PersonalBudgets.
     */
    distinct?: PersonalBudgetScalarFieldEnum | PersonalBudgetScalarFieldEnum[]
  }

  /**
   * PersonalBudget findFirstOrThrow
   */
  export type PersonalBudgetFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PersonalBudget
     */
    select?: PersonalBudgetSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PersonalBudget
     */
    omit?: PersonalBudgetOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonalBudgetInclude<ExtArgs> | null
    /**
     * Filter, which PersonalBudget to fetch.
     */
    where?: PersonalBudgetWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of PersonalBudgets to fetch.
     */
    orderBy?: PersonalBudgetOrderByWithRelationInput | PersonalBudgetOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for PersonalBudgets.
     */
    cursor?: PersonalBudgetWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` PersonalBudgets from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` PersonalBudgets.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of PersonalBudgets.
     */
    distinct?: PersonalBudgetScalarFieldEnum | PersonalBudgetScalarFieldEnum[]
  }

  /**
   * PersonalBudget findMany
   */
  export type PersonalBudgetFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PersonalBudget
     */
    select?: PersonalBudgetSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PersonalBudget
     */
    omit?: PersonalBudgetOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonalBudgetInclude<ExtArgs> | null
    /**
     * Filter, which PersonalBudgets to fetch.
     */
    where?: PersonalBudgetWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of PersonalBudgets to fetch.
     */
    orderBy?: PersonalBudgetOrderByWithRelationInput | PersonalBudgetOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing PersonalBudgets.
     */
    cursor?: PersonalBudgetWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` PersonalBudgets from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` PersonalBudgets.
     */
    skip?: number
    distinct?: PersonalBudgetScalarFieldEnum | PersonalBudgetScalarFieldEnum[]
  }

  /**
   * PersonalBudget create
   */
  export type PersonalBudgetCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PersonalBudget
     */
    select?: PersonalBudgetSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PersonalBudget
     */
    omit?: PersonalBudgetOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonalBudgetInclude<ExtArgs> | null
    /**
     * The data needed to create a PersonalBudget.
     */
    data: XOR<PersonalBudgetCreateInput, PersonalBudgetUncheckedCreateInput>
  }

  /**
   * PersonalBudget createMany
   */
  export type PersonalBudgetCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many PersonalBudgets.
     */
    data: PersonalBudgetCreateManyInput | PersonalBudgetCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * PersonalBudget createManyAndReturn
   */
  export type PersonalBudgetCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PersonalBudget
     */
    select?: PersonalBudgetSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the PersonalBudget
     */
    omit?: PersonalBudgetOmit<ExtArgs> | null
    /**
     * The data used to create many PersonalBudgets.
     */
    data: PersonalBudgetCreateManyInput | PersonalBudgetCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonalBudgetIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * PersonalBudget update
   */
  export type PersonalBudgetUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PersonalBudget
     */
    select?: PersonalBudgetSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PersonalBudget
     */
    omit?: PersonalBudgetOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonalBudgetInclude<ExtArgs> | null
    /**
     * The data needed to update a PersonalBudget.
     */
    data: XOR<PersonalBudgetUpdateInput, PersonalBudgetUncheckedUpdateInput>
    /**
     * Choose, which PersonalBudget to update.
     */
    where: PersonalBudgetWhereUniqueInput
  }

  /**
   * PersonalBudget updateMany
   */
  export type PersonalBudgetUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update PersonalBudgets.
     */
    data: XOR<PersonalBudgetUpdateManyMutationInput, PersonalBudgetUncheckedUpdateManyInput>
    /**
     * Filter which PersonalBudgets to update
     */
    where?: PersonalBudgetWhereInput
    /**
     * Limit how many PersonalBudgets to update.
     */
    limit?: number
  }

  /**
   * PersonalBudget updateManyAndReturn
   */
  export type PersonalBudgetUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PersonalBudget
     */
    select?: PersonalBudgetSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the PersonalBudget
     */
    omit?: PersonalBudgetOmit<ExtArgs> | null
    /**
     * The data used to update PersonalBudgets.
     */
    data: XOR<PersonalBudgetUpdateManyMutationInput, PersonalBudgetUncheckedUpdateManyInput>
    /**
     * Filter which PersonalBudgets to update
     */
    where?: PersonalBudgetWhereInput
    /**
     * Limit how many PersonalBudgets to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonalBudgetIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * PersonalBudget upsert
   */
  export type PersonalBudgetUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PersonalBudget
     */
    select?: PersonalBudgetSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PersonalBudget
     */
    omit?: PersonalBudgetOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonalBudgetInclude<ExtArgs> | null
    /**
     * The filter to search for the PersonalBudget to update in case it exists.
     */
    where: PersonalBudgetWhereUniqueInput
    /**
     * In case the PersonalBudget found by the `where` argument doesn't exist, create a new PersonalBudget with this data.
     */
    create: XOR<PersonalBudgetCreateInput, PersonalBudgetUncheckedCreateInput>
    /**
     * In case the PersonalBudget was found with the provided `where` argument, update it with this data.
     */
    update: XOR<PersonalBudgetUpdateInput, PersonalBudgetUncheckedUpdateInput>
  }

  /**
   * PersonalBudget delete
   */
  export type PersonalBudgetDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PersonalBudget
     */
    select?: PersonalBudgetSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PersonalBudget
     */
    omit?: PersonalBudgetOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonalBudgetInclude<ExtArgs> | null
    /**
     * Filter which PersonalBudget to delete.
     */
    where: PersonalBudgetWhereUniqueInput
  }

  /**
   * PersonalBudget deleteMany
   */
  export type PersonalBudgetDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which PersonalBudgets to delete
     */
    where?: PersonalBudgetWhereInput
    /**
     * Limit how many PersonalBudgets to delete.
     */
    limit?: number
  }

  /**
   * PersonalBudget.deployments
   */
  export type PersonalBudget$deploymentsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the BudgetDeployment
     */
    select?: BudgetDeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the BudgetDeployment
     */
    omit?: BudgetDeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: BudgetDeploymentInclude<ExtArgs> | null
    where?: BudgetDeploymentWhereInput
    orderBy?: BudgetDeploymentOrderByWithRelationInput | BudgetDeploymentOrderByWithRelationInput[]
    cursor?: BudgetDeploymentWhereUniqueInput
    take?: number
    skip?: number
    distinct?: BudgetDeploymentScalarFieldEnum | BudgetDeploymentScalarFieldEnum[]
  }

  /**
   * PersonalBudget without action
   */
  export type PersonalBudgetDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the PersonalBudget
     */
    select?: PersonalBudgetSelect<ExtArgs> | null
    /**
     * Omit specific fields from the PersonalBudget
     */
    omit?: PersonalBudgetOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: PersonalBudgetInclude<ExtArgs> | null
  }


  /**
   * Model BudgetDeployment
   */

  export type AggregateBudgetDeployment = {
    _count: BudgetDeploymentCountAggregateOutputType | null
    _avg: BudgetDeploymentAvgAggregateOutputType | null
    _sum: BudgetDeploymentSumAggregateOutputType | null
    _min: BudgetDeploymentMinAggregateOutputType | null
    _max: BudgetDeploymentMaxAggregateOutputType | null
  }

  export type BudgetDeploymentAvgAggregateOutputType = {
    annualAmountPence: number | null
  }

  export type BudgetDeploymentSumAggregateOutputType = {
    annualAmountPence: number | null
  }

  export type BudgetDeploymentMinAggregateOutputType = {
    id: string | null
    councilId: string | null
    budgetId: string | null
    mode: string | null
    annualAmountPence: number | null
  }

  export type BudgetDeploymentMaxAggregateOutputType = {
    id: string | null
    councilId: string | null
    budgetId: string | null
    mode: string | null
    annualAmountPence: number | null
  }

  export type BudgetDeploymentCountAggregateOutputType = {
    id: number
    councilId: number
    budgetId: number
    mode: number
    annualAmountPence: number
    _all: number
  }


  export type BudgetDeploymentAvgAggregateInputType = {
    annualAmountPence?: true
  }

  export type BudgetDeploymentSumAggregateInputType = {
    annualAmountPence?: true
  }

  export type BudgetDeploymentMinAggregateInputType = {
    id?: true
    councilId?: true
    budgetId?: true
    mode?: true
    annualAmountPence?: true
  }

  export type BudgetDeploymentMaxAggregateInputType = {
    id?: true
    councilId?: true
    budgetId?: true
    mode?: true
    annualAmountPence?: true
  }

  export type BudgetDeploymentCountAggregateInputType = {
    id?: true
    councilId?: true
    budgetId?: true
    mode?: true
    annualAmountPence?: true
    _all?: true
  }

  export type BudgetDeploymentAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which BudgetDeployment to aggregate.
     */
    where?: BudgetDeploymentWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of BudgetDeployments to fetch.
     */
    orderBy?: BudgetDeploymentOrderByWithRelationInput | BudgetDeploymentOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: BudgetDeploymentWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` BudgetDeployments from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` BudgetDeployments.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned BudgetDeployments
    **/
    _count?: true | BudgetDeploymentCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: BudgetDeploymentAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: BudgetDeploymentSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: BudgetDeploymentMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: BudgetDeploymentMaxAggregateInputType
  }

  export type GetBudgetDeploymentAggregateType<T extends BudgetDeploymentAggregateArgs> = {
        [P in keyof T & keyof AggregateBudgetDeployment]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateBudgetDeployment[P]>
      : GetScalarType<T[P], AggregateBudgetDeployment[P]>
  }




  export type BudgetDeploymentGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: BudgetDeploymentWhereInput
    orderBy?: BudgetDeploymentOrderByWithAggregationInput | BudgetDeploymentOrderByWithAggregationInput[]
    by: BudgetDeploymentScalarFieldEnum[] | BudgetDeploymentScalarFieldEnum
    having?: BudgetDeploymentScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: BudgetDeploymentCountAggregateInputType | true
    _avg?: BudgetDeploymentAvgAggregateInputType
    _sum?: BudgetDeploymentSumAggregateInputType
    _min?: BudgetDeploymentMinAggregateInputType
    _max?: BudgetDeploymentMaxAggregateInputType
  }

  export type BudgetDeploymentGroupByOutputType = {
    id: string
    councilId: string
    budgetId: string
    mode: string
    annualAmountPence: number
    _count: BudgetDeploymentCountAggregateOutputType | null
    _avg: BudgetDeploymentAvgAggregateOutputType | null
    _sum: BudgetDeploymentSumAggregateOutputType | null
    _min: BudgetDeploymentMinAggregateOutputType | null
    _max: BudgetDeploymentMaxAggregateOutputType | null
  }

  type GetBudgetDeploymentGroupByPayload<T extends BudgetDeploymentGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<BudgetDeploymentGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof BudgetDeploymentGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], BudgetDeploymentGroupByOutputType[P]>
            : GetScalarType<T[P], BudgetDeploymentGroupByOutputType[P]>
        }
      >
    >


  export type BudgetDeploymentSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    councilId?: boolean
    budgetId?: boolean
    mode?: boolean
    annualAmountPence?: boolean
    council?: boolean | CouncilDefaultArgs<ExtArgs>
    budget?: boolean | PersonalBudgetDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["budgetDeployment"]>

  export type BudgetDeploymentSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    councilId?: boolean
    budgetId?: boolean
    mode?: boolean
    annualAmountPence?: boolean
    council?: boolean | CouncilDefaultArgs<ExtArgs>
    budget?: boolean | PersonalBudgetDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["budgetDeployment"]>

  export type BudgetDeploymentSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    councilId?: boolean
    budgetId?: boolean
    mode?: boolean
    annualAmountPence?: boolean
    council?: boolean | CouncilDefaultArgs<ExtArgs>
    budget?: boolean | PersonalBudgetDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["budgetDeployment"]>

  export type BudgetDeploymentSelectScalar = {
    id?: boolean
    councilId?: boolean
    budgetId?: boolean
    mode?: boolean
    annualAmountPence?: boolean
  }

  export type BudgetDeploymentOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "councilId" | "budgetId" | "mode" | "annualAmountPence", ExtArgs["result"]["budgetDeployment"]>
  export type BudgetDeploymentInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    council?: boolean | CouncilDefaultArgs<ExtArgs>
    budget?: boolean | PersonalBudgetDefaultArgs<ExtArgs>
  }
  export type BudgetDeploymentIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    council?: boolean | CouncilDefaultArgs<ExtArgs>
    budget?: boolean | PersonalBudgetDefaultArgs<ExtArgs>
  }
  export type BudgetDeploymentIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    council?: boolean | CouncilDefaultArgs<ExtArgs>
    budget?: boolean | PersonalBudgetDefaultArgs<ExtArgs>
  }

  export type $BudgetDeploymentPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "BudgetDeployment"
    objects: {
      council: Prisma.$CouncilPayload<ExtArgs>
      budget: Prisma.$PersonalBudgetPayload<ExtArgs>
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      councilId: string
      budgetId: string
      mode: string
      annualAmountPence: number
    }, ExtArgs["result"]["budgetDeployment"]>
    composites: {}
  }

  type BudgetDeploymentGetPayload<S extends boolean | null | undefined | BudgetDeploymentDefaultArgs> = $Result.GetResult<Prisma.$BudgetDeploymentPayload, S>

  type BudgetDeploymentCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<BudgetDeploymentFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: BudgetDeploymentCountAggregateInputType | true
    }

  export interface BudgetDeploymentDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['BudgetDeployment'], meta: { name: 'BudgetDeployment' } }
    /**
     * Find zero or one BudgetDeployment that matches the filter.
     * @param {BudgetDeploymentFindUniqueArgs} args - Arguments to find a BudgetDeployment
     * @example
     * // Get one BudgetDeployment
     * const budgetDeployment = await prisma.budgetDeployment.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends BudgetDeploymentFindUniqueArgs>(args: SelectSubset<T, BudgetDeploymentFindUniqueArgs<ExtArgs>>): Prisma__BudgetDeploymentClient<$Result.GetResult<Prisma.$BudgetDeploymentPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one BudgetDeployment that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {BudgetDeploymentFindUniqueOrThrowArgs} args - Arguments to find a BudgetDeployment
     * @example
     * // Get one BudgetDeployment
     * const budgetDeployment = await prisma.budgetDeployment.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends BudgetDeploymentFindUniqueOrThrowArgs>(args: SelectSubset<T, BudgetDeploymentFindUniqueOrThrowArgs<ExtArgs>>): Prisma__BudgetDeploymentClient<$Result.GetResult<Prisma.$BudgetDeploymentPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first BudgetDeployment that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {BudgetDeploymentFindFirstArgs} args - Arguments to find a BudgetDeployment
     * @example
     * // Get one BudgetDeployment
     * const budgetDeployment = await prisma.budgetDeployment.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends BudgetDeploymentFindFirstArgs>(args?: SelectSubset<T, BudgetDeploymentFindFirstArgs<ExtArgs>>): Prisma__BudgetDeploymentClient<$Result.GetResult<Prisma.$BudgetDeploymentPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first BudgetDeployment that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {BudgetDeploymentFindFirstOrThrowArgs} args - Arguments to find a BudgetDeployment
     * @example
     * // Get one BudgetDeployment
     * const budgetDeployment = await prisma.budgetDeployment.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends BudgetDeploymentFindFirstOrThrowArgs>(args?: SelectSubset<T, BudgetDeploymentFindFirstOrThrowArgs<ExtArgs>>): Prisma__BudgetDeploymentClient<$Result.GetResult<Prisma.$BudgetDeploymentPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more BudgetDeployments that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {BudgetDeploymentFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all BudgetDeployments
     * const budgetDeployments = await prisma.budgetDeployment.findMany()
     * 
     * // Get first 10 BudgetDeployments
     * const budgetDeployments = await prisma.budgetDeployment.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const budgetDeploymentWithIdOnly = await prisma.budgetDeployment.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends BudgetDeploymentFindManyArgs>(args?: SelectSubset<T, BudgetDeploymentFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$BudgetDeploymentPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a BudgetDeployment.
     * @param {BudgetDeploymentCreateArgs} args - Arguments to create a BudgetDeployment.
     * @example
     * // Create one BudgetDeployment
     * const BudgetDeployment = await prisma.budgetDeployment.create({
     *   data: {
     *     // ... data to create a BudgetDeployment
     *   }
     * })
     * 
     */
    create<T extends BudgetDeploymentCreateArgs>(args: SelectSubset<T, BudgetDeploymentCreateArgs<ExtArgs>>): Prisma__BudgetDeploymentClient<$Result.GetResult<Prisma.$BudgetDeploymentPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many BudgetDeployments.
     * @param {BudgetDeploymentCreateManyArgs} args - Arguments to create many BudgetDeployments.
     * @example
     * // Create many BudgetDeployments
     * const budgetDeployment = await prisma.budgetDeployment.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends BudgetDeploymentCreateManyArgs>(args?: SelectSubset<T, BudgetDeploymentCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many BudgetDeployments and returns the data saved in the database.
     * @param {BudgetDeploymentCreateManyAndReturnArgs} args - Arguments to create many BudgetDeployments.
     * @example
     * // Create many BudgetDeployments
     * const budgetDeployment = await prisma.budgetDeployment.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many BudgetDeployments and only return the `id`
     * const budgetDeploymentWithIdOnly = await prisma.budgetDeployment.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends BudgetDeploymentCreateManyAndReturnArgs>(args?: SelectSubset<T, BudgetDeploymentCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$BudgetDeploymentPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a BudgetDeployment.
     * @param {BudgetDeploymentDeleteArgs} args - Arguments to delete one BudgetDeployment.
     * @example
     * // Delete one BudgetDeployment
     * const BudgetDeployment = await prisma.budgetDeployment.delete({
     *   where: {
     *     // ... filter to delete one BudgetDeployment
     *   }
     * })
     * 
     */
    delete<T extends BudgetDeploymentDeleteArgs>(args: SelectSubset<T, BudgetDeploymentDeleteArgs<ExtArgs>>): Prisma__BudgetDeploymentClient<$Result.GetResult<Prisma.$BudgetDeploymentPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one BudgetDeployment.
     * @param {BudgetDeploymentUpdateArgs} args - Arguments to update one BudgetDeployment.
     * @example
     * // Update one BudgetDeployment
     * const budgetDeployment = await prisma.budgetDeployment.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends BudgetDeploymentUpdateArgs>(args: SelectSubset<T, BudgetDeploymentUpdateArgs<ExtArgs>>): Prisma__BudgetDeploymentClient<$Result.GetResult<Prisma.$BudgetDeploymentPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more BudgetDeployments.
     * @param {BudgetDeploymentDeleteManyArgs} args - Arguments to filter BudgetDeployments to delete.
     * @example
     * // Delete a few BudgetDeployments
     * const { count } = await prisma.budgetDeployment.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends BudgetDeploymentDeleteManyArgs>(args?: SelectSubset<T, BudgetDeploymentDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more BudgetDeployments.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {BudgetDeploymentUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many BudgetDeployments
     * const budgetDeployment = await prisma.budgetDeployment.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends BudgetDeploymentUpdateManyArgs>(args: SelectSubset<T, BudgetDeploymentUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more BudgetDeployments and returns the data updated in the database.
     * @param {BudgetDeploymentUpdateManyAndReturnArgs} args - Arguments to update many BudgetDeployments.
     * @example
     * // Update many BudgetDeployments
     * const budgetDeployment = await prisma.budgetDeployment.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more BudgetDeployments and only return the `id`
     * const budgetDeploymentWithIdOnly = await prisma.budgetDeployment.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends BudgetDeploymentUpdateManyAndReturnArgs>(args: SelectSubset<T, BudgetDeploymentUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$BudgetDeploymentPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one BudgetDeployment.
     * @param {BudgetDeploymentUpsertArgs} args - Arguments to update or create a BudgetDeployment.
     * @example
     * // Update or create a BudgetDeployment
     * const budgetDeployment = await prisma.budgetDeployment.upsert({
     *   create: {
     *     // ... data to create a BudgetDeployment
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the BudgetDeployment we want to update
     *   }
     * })
     */
    upsert<T extends BudgetDeploymentUpsertArgs>(args: SelectSubset<T, BudgetDeploymentUpsertArgs<ExtArgs>>): Prisma__BudgetDeploymentClient<$Result.GetResult<Prisma.$BudgetDeploymentPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of BudgetDeployments.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {BudgetDeploymentCountArgs} args - Arguments to filter BudgetDeployments to count.
     * @example
     * // Count the number of BudgetDeployments
     * const count = await prisma.budgetDeployment.count({
     *   where: {
     *     // ... the filter for the BudgetDeployments we want to count
     *   }
     * })
    **/
    count<T extends BudgetDeploymentCountArgs>(
      args?: Subset<T, BudgetDeploymentCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], BudgetDeploymentCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a BudgetDeployment.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {BudgetDeploymentAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends BudgetDeploymentAggregateArgs>(args: Subset<T, BudgetDeploymentAggregateArgs>): Prisma.PrismaPromise<GetBudgetDeploymentAggregateType<T>>

    /**
     * Group by BudgetDeployment.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {BudgetDeploymentGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends BudgetDeploymentGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: BudgetDeploymentGroupByArgs['orderBy'] }
        : { orderBy?: BudgetDeploymentGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, BudgetDeploymentGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetBudgetDeploymentGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the BudgetDeployment model
   */
  readonly fields: BudgetDeploymentFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for BudgetDeployment.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__BudgetDeploymentClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    council<T extends CouncilDefaultArgs<ExtArgs> = {}>(args?: Subset<T, CouncilDefaultArgs<ExtArgs>>): Prisma__CouncilClient<$Result.GetResult<Prisma.$CouncilPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    budget<T extends PersonalBudgetDefaultArgs<ExtArgs> = {}>(args?: Subset<T, PersonalBudgetDefaultArgs<ExtArgs>>): Prisma__PersonalBudgetClient<$Result.GetResult<Prisma.$PersonalBudgetPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the BudgetDeployment model
   */
  interface BudgetDeploymentFieldRefs {
    readonly id: FieldRef<"BudgetDeployment", 'String'>
    readonly councilId: FieldRef<"BudgetDeployment", 'String'>
    readonly budgetId: FieldRef<"BudgetDeployment", 'String'>
    readonly mode: FieldRef<"BudgetDeployment", 'String'>
    readonly annualAmountPence: FieldRef<"BudgetDeployment", 'Int'>
  }
    

  // Custom InputTypes
  /**
   * BudgetDeployment findUnique
   */
  export type BudgetDeploymentFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the BudgetDeployment
     */
    select?: BudgetDeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the BudgetDeployment
     */
    omit?: BudgetDeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: BudgetDeploymentInclude<ExtArgs> | null
    /**
     * Filter, which BudgetDeployment to fetch.
     */
    where: BudgetDeploymentWhereUniqueInput
  }

  /**
   * BudgetDeployment findUniqueOrThrow
   */
  export type BudgetDeploymentFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the BudgetDeployment
     */
    select?: BudgetDeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the BudgetDeployment
     */
    omit?: BudgetDeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: BudgetDeploymentInclude<ExtArgs> | null
    /**
     * Filter, which BudgetDeployment to fetch.
     */
    where: BudgetDeploymentWhereUniqueInput
  }

  /**
   * BudgetDeployment findFirst
   */
  export type BudgetDeploymentFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the BudgetDeployment
     */
    select?: BudgetDeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the BudgetDeployment
     */
    omit?: BudgetDeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: BudgetDeploymentInclude<ExtArgs> | null
    /**
     * Filter, which BudgetDeployment to fetch.
     */
    where?: BudgetDeploymentWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of BudgetDeployments to fetch.
     */
    orderBy?: BudgetDeploymentOrderByWithRelationInput | BudgetDeploymentOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for BudgetDeployments.
     */
    cursor?: BudgetDeploymentWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` BudgetDeployments from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` BudgetDeployments.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of BudgetDeployments.
     */
    distinct?: BudgetDeploymentScalarFieldEnum | BudgetDeploymentScalarFieldEnum[]
  }

  /**
   * BudgetDeployment findFirstOrThrow
   */
  export type BudgetDeploymentFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the BudgetDeployment
     */
    select?: BudgetDeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the BudgetDeployment
     */
    omit?: BudgetDeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: BudgetDeploymentInclude<ExtArgs> | null
    /**
     * Filter, which BudgetDeployment to fetch.
     */
    where?: BudgetDeploymentWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of BudgetDeployments to fetch.
     */
    orderBy?: BudgetDeploymentOrderByWithRelationInput | BudgetDeploymentOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for BudgetDeployments.
     */
    cursor?: BudgetDeploymentWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` BudgetDeployments from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` BudgetDeployments.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of BudgetDeployments.
     */
    distinct?: BudgetDeploymentScalarFieldEnum | BudgetDeploymentScalarFieldEnum[]
  }

  /**
   * BudgetDeployment findMany
   */
  export type BudgetDeploymentFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the BudgetDeployment
     */
    select?: BudgetDeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the BudgetDeployment
     */
    omit?: BudgetDeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: BudgetDeploymentInclude<ExtArgs> | null
    /**
     * Filter, which BudgetDeployments to fetch.
     */
    where?: BudgetDeploymentWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of BudgetDeployments to fetch.
     */
    orderBy?: BudgetDeploymentOrderByWithRelationInput | BudgetDeploymentOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing BudgetDeployments.
     */
    cursor?: BudgetDeploymentWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` BudgetDeployments from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` BudgetDeployments.
     */
    skip?: number
    distinct?: BudgetDeploymentScalarFieldEnum | BudgetDeploymentScalarFieldEnum[]
  }

  /**
   * BudgetDeployment create
   */
  export type BudgetDeploymentCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the BudgetDeployment
     */
    select?: BudgetDeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the BudgetDeployment
     */
    omit?: BudgetDeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: BudgetDeploymentInclude<ExtArgs> | null
    /**
     * The data needed to create a BudgetDeployment.
     */
    data: XOR<BudgetDeploymentCreateInput, BudgetDeploymentUncheckedCreateInput>
  }

  /**
   * BudgetDeployment createMany
   */
  export type BudgetDeploymentCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many BudgetDeployments.
     */
    data: BudgetDeploymentCreateManyInput | BudgetDeploymentCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * BudgetDeployment createManyAndReturn
   */
  export type BudgetDeploymentCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the BudgetDeployment
     */
    select?: BudgetDeploymentSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the BudgetDeployment
     */
    omit?: BudgetDeploymentOmit<ExtArgs> | null
    /**
     * The data used to create many BudgetDeployments.
     */
    data: BudgetDeploymentCreateManyInput | BudgetDeploymentCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: BudgetDeploymentIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * BudgetDeployment update
   */
  export type BudgetDeploymentUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the BudgetDeployment
     */
    select?: BudgetDeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the BudgetDeployment
     */
    omit?: BudgetDeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: BudgetDeploymentInclude<ExtArgs> | null
    /**
     * The data needed to update a BudgetDeployment.
     */
    data: XOR<BudgetDeploymentUpdateInput, BudgetDeploymentUncheckedUpdateInput>
    /**
     * Choose, which BudgetDeployment to update.
     */
    where: BudgetDeploymentWhereUniqueInput
  }

  /**
   * BudgetDeployment updateMany
   */
  export type BudgetDeploymentUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update BudgetDeployments.
     */
    data: XOR<BudgetDeploymentUpdateManyMutationInput, BudgetDeploymentUncheckedUpdateManyInput>
    /**
     * Filter which BudgetDeployments to update
     */
    where?: BudgetDeploymentWhereInput
    /**
     * Limit how many BudgetDeployments to update.
     */
    limit?: number
  }

  /**
   * BudgetDeployment updateManyAndReturn
   */
  export type BudgetDeploymentUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the BudgetDeployment
     */
    select?: BudgetDeploymentSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the BudgetDeployment
     */
    omit?: BudgetDeploymentOmit<ExtArgs> | null
    /**
     * The data used to update BudgetDeployments.
     */
    data: XOR<BudgetDeploymentUpdateManyMutationInput, BudgetDeploymentUncheckedUpdateManyInput>
    /**
     * Filter which BudgetDeployments to update
     */
    where?: BudgetDeploymentWhereInput
    /**
     * Limit how many BudgetDeployments to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: BudgetDeploymentIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * BudgetDeployment upsert
   */
  export type BudgetDeploymentUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the BudgetDeployment
     */
    select?: BudgetDeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the BudgetDeployment
     */
    omit?: BudgetDeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: BudgetDeploymentInclude<ExtArgs> | null
    /**
     * The filter to search for the BudgetDeployment to update in case it exists.
     */
    where: BudgetDeploymentWhereUniqueInput
    /**
     * In case the BudgetDeployment found by the `where` argument doesn't exist, create a new BudgetDeployment with this data.
     */
    create: XOR<BudgetDeploymentCreateInput, BudgetDeploymentUncheckedCreateInput>
    /**
     * In case the BudgetDeployment was found with the provided `where` argument, update it with this data.
     */
    update: XOR<BudgetDeploymentUpdateInput, BudgetDeploymentUncheckedUpdateInput>
  }

  /**
   * BudgetDeployment delete
   */
  export type BudgetDeploymentDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the BudgetDeployment
     */
    select?: BudgetDeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the BudgetDeployment
     */
    omit?: BudgetDeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: BudgetDeploymentInclude<ExtArgs> | null
    /**
     * Filter which BudgetDeployment to delete.
     */
    where: BudgetDeploymentWhereUniqueInput
  }

  /**
   * BudgetDeployment deleteMany
   */
  export type BudgetDeploymentDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which BudgetDeployments to delete
     */
    where?: BudgetDeploymentWhereInput
    /**
     * Limit how many BudgetDeployments to delete.
     */
    limit?: number
  }

  /**
   * BudgetDeployment without action
   */
  export type BudgetDeploymentDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the BudgetDeployment
     */
    select?: BudgetDeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the BudgetDeployment
     */
    omit?: BudgetDeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: BudgetDeploymentInclude<ExtArgs> | null
  }


  /**
   * Enums
   */

  export const TransactionIsolationLevel: {
    ReadUncommitted: 'ReadUncommitted',
    ReadCommitted: 'ReadCommitted',
    RepeatableRead: 'RepeatableRead',
    Serializable: 'Serializable'
  };

  export type TransactionIsolationLevel = (typeof TransactionIsolationLevel)[keyof typeof TransactionIsolationLevel]


  export const CouncilScalarFieldEnum: {
    id: 'id',
    laCode: 'laCode',
    name: 'name',
    region: 'region',
    createdAt: 'createdAt'
  };

  export type CouncilScalarFieldEnum = (typeof CouncilScalarFieldEnum)[keyof typeof CouncilScalarFieldEnum]


  export const PersonScalarFieldEnum: {
    id: 'id',
    councilId: 'councilId',
    laPersonId: 'laPersonId',
    nhsNumber: 'nhsNumber',
    givenName: 'givenName',
    familyName: 'familyName',
    birthDate: 'birthDate',
    deathDate: 'deathDate',
    gender: 'gender',
    ethnicity: 'ethnicity',
    postcode: 'postcode',
    clientType: 'clientType',
    primarySupportReason: 'primarySupportReason',
    accommodationStatus: 'accommodationStatus',
    mentalCapacityForDp: 'mentalCapacityForDp',
    createdAt: 'createdAt',
    updatedAt: 'updatedAt'
  };

  export type PersonScalarFieldEnum = (typeof PersonScalarFieldEnum)[keyof typeof PersonScalarFieldEnum]


  export const PersonalBudgetScalarFieldEnum: {
    id: 'id',
    councilId: 'councilId',
    personId: 'personId',
    version: 'version',
    status: 'status',
    annualTotalPence: 'annualTotalPence',
    annualLaContributionPence: 'annualLaContributionPence',
    annualPersonContributionPence: 'annualPersonContributionPence',
    effectiveFrom: 'effectiveFrom',
    effectiveTo: 'effectiveTo',
    createdAt: 'createdAt'
  };

  export type PersonalBudgetScalarFieldEnum = (typeof PersonalBudgetScalarFieldEnum)[keyof typeof PersonalBudgetScalarFieldEnum]


  export const BudgetDeploymentScalarFieldEnum: {
    id: 'id',
    councilId: 'councilId',
    budgetId: 'budgetId',
    mode: 'mode',
    annualAmountPence: 'annualAmountPence'
  };

  export type BudgetDeploymentScalarFieldEnum = (typeof BudgetDeploymentScalarFieldEnum)[keyof typeof BudgetDeploymentScalarFieldEnum]


  export const SortOrder: {
    asc: 'asc',
    desc: 'desc'
  };

  export type SortOrder = (typeof SortOrder)[keyof typeof SortOrder]


  export const QueryMode: {
    default: 'default',
    insensitive: 'insensitive'
  };

  export type QueryMode = (typeof QueryMode)[keyof typeof QueryMode]


  export const NullsOrder: {
    first: 'first',
    last: 'last'
  };

  export type NullsOrder = (typeof NullsOrder)[keyof typeof NullsOrder]


  /**
   * Field references
   */


  /**
   * Reference to a field of type 'String'
   */
  export type StringFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'String'>
    


  /**
   * Reference to a field of type 'String[]'
   */
  export type ListStringFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'String[]'>
    


  /**
   * Reference to a field of type 'DateTime'
   */
  export type DateTimeFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'DateTime'>
    


  /**
   * Reference to a field of type 'DateTime[]'
   */
  export type ListDateTimeFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'DateTime[]'>
    


  /**
   * Reference to a field of type 'Int'
   */
  export type IntFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Int'>
    


  /**
   * Reference to a field of type 'Int[]'
   */
  export type ListIntFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Int[]'>
    


  /**
   * Reference to a field of type 'Float'
   */
  export type FloatFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Float'>
    


  /**
   * Reference to a field of type 'Float[]'
   */
  export type ListFloatFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Float[]'>
    
  /**
   * Deep Input Types
   */


  export type CouncilWhereInput = {
    AND?: CouncilWhereInput | CouncilWhereInput[]
    OR?: CouncilWhereInput[]
    NOT?: CouncilWhereInput | CouncilWhereInput[]
    id?: UuidFilter<"Council"> | string
    laCode?: StringFilter<"Council"> | string
    name?: StringFilter<"Council"> | string
    region?: StringFilter<"Council"> | string
    createdAt?: DateTimeFilter<"Council"> | Date | string
    people?: PersonListRelationFilter
    personalBudgets?: PersonalBudgetListRelationFilter
    deployments?: BudgetDeploymentListRelationFilter
  }

  export type CouncilOrderByWithRelationInput = {
    id?: SortOrder
    laCode?: SortOrder
    name?: SortOrder
    region?: SortOrder
    createdAt?: SortOrder
    people?: PersonOrderByRelationAggregateInput
    personalBudgets?: PersonalBudgetOrderByRelationAggregateInput
    deployments?: BudgetDeploymentOrderByRelationAggregateInput
  }

  export type CouncilWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    laCode?: string
    AND?: CouncilWhereInput | CouncilWhereInput[]
    OR?: CouncilWhereInput[]
    NOT?: CouncilWhereInput | CouncilWhereInput[]
    name?: StringFilter<"Council"> | string
    region?: StringFilter<"Council"> | string
    createdAt?: DateTimeFilter<"Council"> | Date | string
    people?: PersonListRelationFilter
    personalBudgets?: PersonalBudgetListRelationFilter
    deployments?: BudgetDeploymentListRelationFilter
  }, "id" | "laCode">

  export type CouncilOrderByWithAggregationInput = {
    id?: SortOrder
    laCode?: SortOrder
    name?: SortOrder
    region?: SortOrder
    createdAt?: SortOrder
    _count?: CouncilCountOrderByAggregateInput
    _max?: CouncilMaxOrderByAggregateInput
    _min?: CouncilMinOrderByAggregateInput
  }

  export type CouncilScalarWhereWithAggregatesInput = {
    AND?: CouncilScalarWhereWithAggregatesInput | CouncilScalarWhereWithAggregatesInput[]
    OR?: CouncilScalarWhereWithAggregatesInput[]
    NOT?: CouncilScalarWhereWithAggregatesInput | CouncilScalarWhereWithAggregatesInput[]
    id?: UuidWithAggregatesFilter<"Council"> | string
    laCode?: StringWithAggregatesFilter<"Council"> | string
    name?: StringWithAggregatesFilter<"Council"> | string
    region?: StringWithAggregatesFilter<"Council"> | string
    createdAt?: DateTimeWithAggregatesFilter<"Council"> | Date | string
  }

  export type PersonWhereInput = {
    AND?: PersonWhereInput | PersonWhereInput[]
    OR?: PersonWhereInput[]
    NOT?: PersonWhereInput | PersonWhereInput[]
    id?: UuidFilter<"Person"> | string
    councilId?: UuidFilter<"Person"> | string
    laPersonId?: StringFilter<"Person"> | string
    nhsNumber?: StringNullableFilter<"Person"> | string | null
    givenName?: StringFilter<"Person"> | string
    familyName?: StringFilter<"Person"> | string
    birthDate?: DateTimeFilter<"Person"> | Date | string
    deathDate?: DateTimeNullableFilter<"Person"> | Date | string | null
    gender?: StringFilter<"Person"> | string
    ethnicity?: StringFilter<"Person"> | string
    postcode?: StringFilter<"Person"> | string
    clientType?: StringFilter<"Person"> | string
    primarySupportReason?: StringFilter<"Person"> | string
    accommodationStatus?: StringFilter<"Person"> | string
    mentalCapacityForDp?: StringFilter<"Person"> | string
    createdAt?: DateTimeFilter<"Person"> | Date | string
    updatedAt?: DateTimeFilter<"Person"> | Date | string
    council?: XOR<CouncilScalarRelationFilter, CouncilWhereInput>
    personalBudgets?: PersonalBudgetListRelationFilter
  }

  export type PersonOrderByWithRelationInput = {
    id?: SortOrder
    councilId?: SortOrder
    laPersonId?: SortOrder
    nhsNumber?: SortOrderInput | SortOrder
    givenName?: SortOrder
    familyName?: SortOrder
    birthDate?: SortOrder
    deathDate?: SortOrderInput | SortOrder
    gender?: SortOrder
    ethnicity?: SortOrder
    postcode?: SortOrder
    clientType?: SortOrder
    primarySupportReason?: SortOrder
    accommodationStatus?: SortOrder
    mentalCapacityForDp?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    council?: CouncilOrderByWithRelationInput
    personalBudgets?: PersonalBudgetOrderByRelationAggregateInput
  }

  export type PersonWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    councilId_laPersonId?: PersonCouncilIdLaPersonIdCompoundUniqueInput
    councilId_nhsNumber?: PersonCouncilIdNhsNumberCompoundUniqueInput
    AND?: PersonWhereInput | PersonWhereInput[]
    OR?: PersonWhereInput[]
    NOT?: PersonWhereInput | PersonWhereInput[]
    councilId?: UuidFilter<"Person"> | string
    laPersonId?: StringFilter<"Person"> | string
    nhsNumber?: StringNullableFilter<"Person"> | string | null
    givenName?: StringFilter<"Person"> | string
    familyName?: StringFilter<"Person"> | string
    birthDate?: DateTimeFilter<"Person"> | Date | string
    deathDate?: DateTimeNullableFilter<"Person"> | Date | string | null
    gender?: StringFilter<"Person"> | string
    ethnicity?: StringFilter<"Person"> | string
    postcode?: StringFilter<"Person"> | string
    clientType?: StringFilter<"Person"> | string
    primarySupportReason?: StringFilter<"Person"> | string
    accommodationStatus?: StringFilter<"Person"> | string
    mentalCapacityForDp?: StringFilter<"Person"> | string
    createdAt?: DateTimeFilter<"Person"> | Date | string
    updatedAt?: DateTimeFilter<"Person"> | Date | string
    council?: XOR<CouncilScalarRelationFilter, CouncilWhereInput>
    personalBudgets?: PersonalBudgetListRelationFilter
  }, "id" | "councilId_laPersonId" | "councilId_nhsNumber">

  export type PersonOrderByWithAggregationInput = {
    id?: SortOrder
    councilId?: SortOrder
    laPersonId?: SortOrder
    nhsNumber?: SortOrderInput | SortOrder
    givenName?: SortOrder
    familyName?: SortOrder
    birthDate?: SortOrder
    deathDate?: SortOrderInput | SortOrder
    gender?: SortOrder
    ethnicity?: SortOrder
    postcode?: SortOrder
    clientType?: SortOrder
    primarySupportReason?: SortOrder
    accommodationStatus?: SortOrder
    mentalCapacityForDp?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    _count?: PersonCountOrderByAggregateInput
    _max?: PersonMaxOrderByAggregateInput
    _min?: PersonMinOrderByAggregateInput
  }

  export type PersonScalarWhereWithAggregatesInput = {
    AND?: PersonScalarWhereWithAggregatesInput | PersonScalarWhereWithAggregatesInput[]
    OR?: PersonScalarWhereWithAggregatesInput[]
    NOT?: PersonScalarWhereWithAggregatesInput | PersonScalarWhereWithAggregatesInput[]
    id?: UuidWithAggregatesFilter<"Person"> | string
    councilId?: UuidWithAggregatesFilter<"Person"> | string
    laPersonId?: StringWithAggregatesFilter<"Person"> | string
    nhsNumber?: StringNullableWithAggregatesFilter<"Person"> | string | null
    givenName?: StringWithAggregatesFilter<"Person"> | string
    familyName?: StringWithAggregatesFilter<"Person"> | string
    birthDate?: DateTimeWithAggregatesFilter<"Person"> | Date | string
    deathDate?: DateTimeNullableWithAggregatesFilter<"Person"> | Date | string | null
    gender?: StringWithAggregatesFilter<"Person"> | string
    ethnicity?: StringWithAggregatesFilter<"Person"> | string
    postcode?: StringWithAggregatesFilter<"Person"> | string
    clientType?: StringWithAggregatesFilter<"Person"> | string
    primarySupportReason?: StringWithAggregatesFilter<"Person"> | string
    accommodationStatus?: StringWithAggregatesFilter<"Person"> | string
    mentalCapacityForDp?: StringWithAggregatesFilter<"Person"> | string
    createdAt?: DateTimeWithAggregatesFilter<"Person"> | Date | string
    updatedAt?: DateTimeWithAggregatesFilter<"Person"> | Date | string
  }

  export type PersonalBudgetWhereInput = {
    AND?: PersonalBudgetWhereInput | PersonalBudgetWhereInput[]
    OR?: PersonalBudgetWhereInput[]
    NOT?: PersonalBudgetWhereInput | PersonalBudgetWhereInput[]
    id?: UuidFilter<"PersonalBudget"> | string
    councilId?: UuidFilter<"PersonalBudget"> | string
    personId?: UuidFilter<"PersonalBudget"> | string
    version?: IntFilter<"PersonalBudget"> | number
    status?: StringFilter<"PersonalBudget"> | string
    annualTotalPence?: IntFilter<"PersonalBudget"> | number
    annualLaContributionPence?: IntFilter<"PersonalBudget"> | number
    annualPersonContributionPence?: IntFilter<"PersonalBudget"> | number
    effectiveFrom?: DateTimeFilter<"PersonalBudget"> | Date | string
    effectiveTo?: DateTimeNullableFilter<"PersonalBudget"> | Date | string | null
    createdAt?: DateTimeFilter<"PersonalBudget"> | Date | string
    council?: XOR<CouncilScalarRelationFilter, CouncilWhereInput>
    person?: XOR<PersonScalarRelationFilter, PersonWhereInput>
    deployments?: BudgetDeploymentListRelationFilter
  }

  export type PersonalBudgetOrderByWithRelationInput = {
    id?: SortOrder
    councilId?: SortOrder
    personId?: SortOrder
    version?: SortOrder
    status?: SortOrder
    annualTotalPence?: SortOrder
    annualLaContributionPence?: SortOrder
    annualPersonContributionPence?: SortOrder
    effectiveFrom?: SortOrder
    effectiveTo?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    council?: CouncilOrderByWithRelationInput
    person?: PersonOrderByWithRelationInput
    deployments?: BudgetDeploymentOrderByRelationAggregateInput
  }

  export type PersonalBudgetWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    AND?: PersonalBudgetWhereInput | PersonalBudgetWhereInput[]
    OR?: PersonalBudgetWhereInput[]
    NOT?: PersonalBudgetWhereInput | PersonalBudgetWhereInput[]
    councilId?: UuidFilter<"PersonalBudget"> | string
    personId?: UuidFilter<"PersonalBudget"> | string
    version?: IntFilter<"PersonalBudget"> | number
    status?: StringFilter<"PersonalBudget"> | string
    annualTotalPence?: IntFilter<"PersonalBudget"> | number
    annualLaContributionPence?: IntFilter<"PersonalBudget"> | number
    annualPersonContributionPence?: IntFilter<"PersonalBudget"> | number
    effectiveFrom?: DateTimeFilter<"PersonalBudget"> | Date | string
    effectiveTo?: DateTimeNullableFilter<"PersonalBudget"> | Date | string | null
    createdAt?: DateTimeFilter<"PersonalBudget"> | Date | string
    council?: XOR<CouncilScalarRelationFilter, CouncilWhereInput>
    person?: XOR<PersonScalarRelationFilter, PersonWhereInput>
    deployments?: BudgetDeploymentListRelationFilter
  }, "id">

  export type PersonalBudgetOrderByWithAggregationInput = {
    id?: SortOrder
    councilId?: SortOrder
    personId?: SortOrder
    version?: SortOrder
    status?: SortOrder
    annualTotalPence?: SortOrder
    annualLaContributionPence?: SortOrder
    annualPersonContributionPence?: SortOrder
    effectiveFrom?: SortOrder
    effectiveTo?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    _count?: PersonalBudgetCountOrderByAggregateInput
    _avg?: PersonalBudgetAvgOrderByAggregateInput
    _max?: PersonalBudgetMaxOrderByAggregateInput
    _min?: PersonalBudgetMinOrderByAggregateInput
    _sum?: PersonalBudgetSumOrderByAggregateInput
  }

  export type PersonalBudgetScalarWhereWithAggregatesInput = {
    AND?: PersonalBudgetScalarWhereWithAggregatesInput | PersonalBudgetScalarWhereWithAggregatesInput[]
    OR?: PersonalBudgetScalarWhereWithAggregatesInput[]
    NOT?: PersonalBudgetScalarWhereWithAggregatesInput | PersonalBudgetScalarWhereWithAggregatesInput[]
    id?: UuidWithAggregatesFilter<"PersonalBudget"> | string
    councilId?: UuidWithAggregatesFilter<"PersonalBudget"> | string
    personId?: UuidWithAggregatesFilter<"PersonalBudget"> | string
    version?: IntWithAggregatesFilter<"PersonalBudget"> | number
    status?: StringWithAggregatesFilter<"PersonalBudget"> | string
    annualTotalPence?: IntWithAggregatesFilter<"PersonalBudget"> | number
    annualLaContributionPence?: IntWithAggregatesFilter<"PersonalBudget"> | number
    annualPersonContributionPence?: IntWithAggregatesFilter<"PersonalBudget"> | number
    effectiveFrom?: DateTimeWithAggregatesFilter<"PersonalBudget"> | Date | string
    effectiveTo?: DateTimeNullableWithAggregatesFilter<"PersonalBudget"> | Date | string | null
    createdAt?: DateTimeWithAggregatesFilter<"PersonalBudget"> | Date | string
  }

  export type BudgetDeploymentWhereInput = {
    AND?: BudgetDeploymentWhereInput | BudgetDeploymentWhereInput[]
    OR?: BudgetDeploymentWhereInput[]
    NOT?: BudgetDeploymentWhereInput | BudgetDeploymentWhereInput[]
    id?: UuidFilter<"BudgetDeployment"> | string
    councilId?: UuidFilter<"BudgetDeployment"> | string
    budgetId?: UuidFilter<"BudgetDeployment"> | string
    mode?: StringFilter<"BudgetDeployment"> | string
    annualAmountPence?: IntFilter<"BudgetDeployment"> | number
    council?: XOR<CouncilScalarRelationFilter, CouncilWhereInput>
    budget?: XOR<PersonalBudgetScalarRelationFilter, PersonalBudgetWhereInput>
  }

  export type BudgetDeploymentOrderByWithRelationInput = {
    id?: SortOrder
    councilId?: SortOrder
    budgetId?: SortOrder
    mode?: SortOrder
    annualAmountPence?: SortOrder
    council?: CouncilOrderByWithRelationInput
    budget?: PersonalBudgetOrderByWithRelationInput
  }

  export type BudgetDeploymentWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    AND?: BudgetDeploymentWhereInput | BudgetDeploymentWhereInput[]
    OR?: BudgetDeploymentWhereInput[]
    NOT?: BudgetDeploymentWhereInput | BudgetDeploymentWhereInput[]
    councilId?: UuidFilter<"BudgetDeployment"> | string
    budgetId?: UuidFilter<"BudgetDeployment"> | string
    mode?: StringFilter<"BudgetDeployment"> | string
    annualAmountPence?: IntFilter<"BudgetDeployment"> | number
    council?: XOR<CouncilScalarRelationFilter, CouncilWhereInput>
    budget?: XOR<PersonalBudgetScalarRelationFilter, PersonalBudgetWhereInput>
  }, "id">

  export type BudgetDeploymentOrderByWithAggregationInput = {
    id?: SortOrder
    councilId?: SortOrder
    budgetId?: SortOrder
    mode?: SortOrder
    annualAmountPence?: SortOrder
    _count?: BudgetDeploymentCountOrderByAggregateInput
    _avg?: BudgetDeploymentAvgOrderByAggregateInput
    _max?: BudgetDeploymentMaxOrderByAggregateInput
    _min?: BudgetDeploymentMinOrderByAggregateInput
    _sum?: BudgetDeploymentSumOrderByAggregateInput
  }

  export type BudgetDeploymentScalarWhereWithAggregatesInput = {
    AND?: BudgetDeploymentScalarWhereWithAggregatesInput | BudgetDeploymentScalarWhereWithAggregatesInput[]
    OR?: BudgetDeploymentScalarWhereWithAggregatesInput[]
    NOT?: BudgetDeploymentScalarWhereWithAggregatesInput | BudgetDeploymentScalarWhereWithAggregatesInput[]
    id?: UuidWithAggregatesFilter<"BudgetDeployment"> | string
    councilId?: UuidWithAggregatesFilter<"BudgetDeployment"> | string
    budgetId?: UuidWithAggregatesFilter<"BudgetDeployment"> | string
    mode?: StringWithAggregatesFilter<"BudgetDeployment"> | string
    annualAmountPence?: IntWithAggregatesFilter<"BudgetDeployment"> | number
  }

  export type CouncilCreateInput = {
    id?: string
    laCode: string
    name: string
    region: string
    createdAt?: Date | string
    people?: PersonCreateNestedManyWithoutCouncilInput
    personalBudgets?: PersonalBudgetCreateNestedManyWithoutCouncilInput
    deployments?: BudgetDeploymentCreateNestedManyWithoutCouncilInput
  }

  export type CouncilUncheckedCreateInput = {
    id?: string
    laCode: string
    name: string
    region: string
    createdAt?: Date | string
    people?: PersonUncheckedCreateNestedManyWithoutCouncilInput
    personalBudgets?: PersonalBudgetUncheckedCreateNestedManyWithoutCouncilInput
    deployments?: BudgetDeploymentUncheckedCreateNestedManyWithoutCouncilInput
  }

  export type CouncilUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    laCode?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    people?: PersonUpdateManyWithoutCouncilNestedInput
    personalBudgets?: PersonalBudgetUpdateManyWithoutCouncilNestedInput
    deployments?: BudgetDeploymentUpdateManyWithoutCouncilNestedInput
  }

  export type CouncilUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    laCode?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    people?: PersonUncheckedUpdateManyWithoutCouncilNestedInput
    personalBudgets?: PersonalBudgetUncheckedUpdateManyWithoutCouncilNestedInput
    deployments?: BudgetDeploymentUncheckedUpdateManyWithoutCouncilNestedInput
  }

  export type CouncilCreateManyInput = {
    id?: string
    laCode: string
    name: string
    region: string
    createdAt?: Date | string
  }

  export type CouncilUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    laCode?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type CouncilUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    laCode?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type PersonCreateInput = {
    id?: string
    laPersonId: string
    nhsNumber?: string | null
    givenName: string
    familyName: string
    birthDate: Date | string
    deathDate?: Date | string | null
    gender: string
    ethnicity: string
    postcode: string
    clientType: string
    primarySupportReason: string
    accommodationStatus: string
    mentalCapacityForDp: string
    createdAt?: Date | string
    updatedAt?: Date | string
    council: CouncilCreateNestedOneWithoutPeopleInput
    personalBudgets?: PersonalBudgetCreateNestedManyWithoutPersonInput
  }

  export type PersonUncheckedCreateInput = {
    id?: string
    councilId: string
    laPersonId: string
    nhsNumber?: string | null
    givenName: string
    familyName: string
    birthDate: Date | string
    deathDate?: Date | string | null
    gender: string
    ethnicity: string
    postcode: string
    clientType: string
    primarySupportReason: string
    accommodationStatus: string
    mentalCapacityForDp: string
    createdAt?: Date | string
    updatedAt?: Date | string
    personalBudgets?: PersonalBudgetUncheckedCreateNestedManyWithoutPersonInput
  }

  export type PersonUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    laPersonId?: StringFieldUpdateOperationsInput | string
    nhsNumber?: NullableStringFieldUpdateOperationsInput | string | null
    givenName?: StringFieldUpdateOperationsInput | string
    familyName?: StringFieldUpdateOperationsInput | string
    birthDate?: DateTimeFieldUpdateOperationsInput | Date | string
    deathDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    gender?: StringFieldUpdateOperationsInput | string
    ethnicity?: StringFieldUpdateOperationsInput | string
    postcode?: StringFieldUpdateOperationsInput | string
    clientType?: StringFieldUpdateOperationsInput | string
    primarySupportReason?: StringFieldUpdateOperationsInput | string
    accommodationStatus?: StringFieldUpdateOperationsInput | string
    mentalCapacityForDp?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    council?: CouncilUpdateOneRequiredWithoutPeopleNestedInput
    personalBudgets?: PersonalBudgetUpdateManyWithoutPersonNestedInput
  }

  export type PersonUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    councilId?: StringFieldUpdateOperationsInput | string
    laPersonId?: StringFieldUpdateOperationsInput | string
    nhsNumber?: NullableStringFieldUpdateOperationsInput | string | null
    givenName?: StringFieldUpdateOperationsInput | string
    familyName?: StringFieldUpdateOperationsInput | string
    birthDate?: DateTimeFieldUpdateOperationsInput | Date | string
    deathDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    gender?: StringFieldUpdateOperationsInput | string
    ethnicity?: StringFieldUpdateOperationsInput | string
    postcode?: StringFieldUpdateOperationsInput | string
    clientType?: StringFieldUpdateOperationsInput | string
    primarySupportReason?: StringFieldUpdateOperationsInput | string
    accommodationStatus?: StringFieldUpdateOperationsInput | string
    mentalCapacityForDp?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    personalBudgets?: PersonalBudgetUncheckedUpdateManyWithoutPersonNestedInput
  }

  export type PersonCreateManyInput = {
    id?: string
    councilId: string
    laPersonId: string
    nhsNumber?: string | null
    givenName: string
    familyName: string
    birthDate: Date | string
    deathDate?: Date | string | null
    gender: string
    ethnicity: string
    postcode: string
    clientType: string
    primarySupportReason: string
    accommodationStatus: string
    mentalCapacityForDp: string
    createdAt?: Date | string
    updatedAt?: Date | string
  }

  export type PersonUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    laPersonId?: StringFieldUpdateOperationsInput | string
    nhsNumber?: NullableStringFieldUpdateOperationsInput | string | null
    givenName?: StringFieldUpdateOperationsInput | string
    familyName?: StringFieldUpdateOperationsInput | string
    birthDate?: DateTimeFieldUpdateOperationsInput | Date | string
    deathDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    gender?: StringFieldUpdateOperationsInput | string
    ethnicity?: StringFieldUpdateOperationsInput | string
    postcode?: StringFieldUpdateOperationsInput | string
    clientType?: StringFieldUpdateOperationsInput | string
    primarySupportReason?: StringFieldUpdateOperationsInput | string
    accommodationStatus?: StringFieldUpdateOperationsInput | string
    mentalCapacityForDp?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type PersonUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    councilId?: StringFieldUpdateOperationsInput | string
    laPersonId?: StringFieldUpdateOperationsInput | string
    nhsNumber?: NullableStringFieldUpdateOperationsInput | string | null
    givenName?: StringFieldUpdateOperationsInput | string
    familyName?: StringFieldUpdateOperationsInput | string
    birthDate?: DateTimeFieldUpdateOperationsInput | Date | string
    deathDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    gender?: StringFieldUpdateOperationsInput | string
    ethnicity?: StringFieldUpdateOperationsInput | string
    postcode?: StringFieldUpdateOperationsInput | string
    clientType?: StringFieldUpdateOperationsInput | string
    primarySupportReason?: StringFieldUpdateOperationsInput | string
    accommodationStatus?: StringFieldUpdateOperationsInput | string
    mentalCapacityForDp?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type PersonalBudgetCreateInput = {
    id?: string
    version?: number
    status: string
    annualTotalPence: number
    annualLaContributionPence: number
    annualPersonContributionPence: number
    effectiveFrom: Date | string
    effectiveTo?: Date | string | null
    createdAt?: Date | string
    council: CouncilCreateNestedOneWithoutPersonalBudgetsInput
    person: PersonCreateNestedOneWithoutPersonalBudgetsInput
    deployments?: BudgetDeploymentCreateNestedManyWithoutBudgetInput
  }

  export type PersonalBudgetUncheckedCreateInput = {
    id?: string
    councilId: string
    personId: string
    version?: number
    status: string
    annualTotalPence: number
    annualLaContributionPence: number
    annualPersonContributionPence: number
    effectiveFrom: Date | string
    effectiveTo?: Date | string | null
    createdAt?: Date | string
    deployments?: BudgetDeploymentUncheckedCreateNestedManyWithoutBudgetInput
  }

  export type PersonalBudgetUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    version?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    annualTotalPence?: IntFieldUpdateOperationsInput | number
    annualLaContributionPence?: IntFieldUpdateOperationsInput | number
    annualPersonContributionPence?: IntFieldUpdateOperationsInput | number
    effectiveFrom?: DateTimeFieldUpdateOperationsInput | Date | string
    effectiveTo?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    council?: CouncilUpdateOneRequiredWithoutPersonalBudgetsNestedInput
    person?: PersonUpdateOneRequiredWithoutPersonalBudgetsNestedInput
    deployments?: BudgetDeploymentUpdateManyWithoutBudgetNestedInput
  }

  export type PersonalBudgetUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    councilId?: StringFieldUpdateOperationsInput | string
    personId?: StringFieldUpdateOperationsInput | string
    version?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    annualTotalPence?: IntFieldUpdateOperationsInput | number
    annualLaContributionPence?: IntFieldUpdateOperationsInput | number
    annualPersonContributionPence?: IntFieldUpdateOperationsInput | number
    effectiveFrom?: DateTimeFieldUpdateOperationsInput | Date | string
    effectiveTo?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    deployments?: BudgetDeploymentUncheckedUpdateManyWithoutBudgetNestedInput
  }

  export type PersonalBudgetCreateManyInput = {
    id?: string
    councilId: string
    personId: string
    version?: number
    status: string
    annualTotalPence: number
    annualLaContributionPence: number
    annualPersonContributionPence: number
    effectiveFrom: Date | string
    effectiveTo?: Date | string | null
    createdAt?: Date | string
  }

  export type PersonalBudgetUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    version?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    annualTotalPence?: IntFieldUpdateOperationsInput | number
    annualLaContributionPence?: IntFieldUpdateOperationsInput | number
    annualPersonContributionPence?: IntFieldUpdateOperationsInput | number
    effectiveFrom?: DateTimeFieldUpdateOperationsInput | Date | string
    effectiveTo?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type PersonalBudgetUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    councilId?: StringFieldUpdateOperationsInput | string
    personId?: StringFieldUpdateOperationsInput | string
    version?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    annualTotalPence?: IntFieldUpdateOperationsInput | number
    annualLaContributionPence?: IntFieldUpdateOperationsInput | number
    annualPersonContributionPence?: IntFieldUpdateOperationsInput | number
    effectiveFrom?: DateTimeFieldUpdateOperationsInput | Date | string
    effectiveTo?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type BudgetDeploymentCreateInput = {
    id?: string
    mode: string
    annualAmountPence: number
    council: CouncilCreateNestedOneWithoutDeploymentsInput
    budget: PersonalBudgetCreateNestedOneWithoutDeploymentsInput
  }

  export type BudgetDeploymentUncheckedCreateInput = {
    id?: string
    councilId: string
    budgetId: string
    mode: string
    annualAmountPence: number
  }

  export type BudgetDeploymentUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    mode?: StringFieldUpdateOperationsInput | string
    annualAmountPence?: IntFieldUpdateOperationsInput | number
    council?: CouncilUpdateOneRequiredWithoutDeploymentsNestedInput
    budget?: PersonalBudgetUpdateOneRequiredWithoutDeploymentsNestedInput
  }

  export type BudgetDeploymentUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    councilId?: StringFieldUpdateOperationsInput | string
    budgetId?: StringFieldUpdateOperationsInput | string
    mode?: StringFieldUpdateOperationsInput | string
    annualAmountPence?: IntFieldUpdateOperationsInput | number
  }

  export type BudgetDeploymentCreateManyInput = {
    id?: string
    councilId: string
    budgetId: string
    mode: string
    annualAmountPence: number
  }

  export type BudgetDeploymentUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    mode?: StringFieldUpdateOperationsInput | string
    annualAmountPence?: IntFieldUpdateOperationsInput | number
  }

  export type BudgetDeploymentUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    councilId?: StringFieldUpdateOperationsInput | string
    budgetId?: StringFieldUpdateOperationsInput | string
    mode?: StringFieldUpdateOperationsInput | string
    annualAmountPence?: IntFieldUpdateOperationsInput | number
  }

  export type UuidFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedUuidFilter<$PrismaModel> | string
  }

  export type StringFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedStringFilter<$PrismaModel> | string
  }

  export type DateTimeFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeFilter<$PrismaModel> | Date | string
  }

  export type PersonListRelationFilter = {
    every?: PersonWhereInput
    some?: PersonWhereInput
    none?: PersonWhereInput
  }

  export type PersonalBudgetListRelationFilter = {
    every?: PersonalBudgetWhereInput
    some?: PersonalBudgetWhereInput
    none?: PersonalBudgetWhereInput
  }

  export type BudgetDeploymentListRelationFilter = {
    every?: BudgetDeploymentWhereInput
    some?: BudgetDeploymentWhereInput
    none?: BudgetDeploymentWhereInput
  }

  export type PersonOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type PersonalBudgetOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type BudgetDeploymentOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type CouncilCountOrderByAggregateInput = {
    id?: SortOrder
    laCode?: SortOrder
    name?: SortOrder
    region?: SortOrder
    createdAt?: SortOrder
  }

  export type CouncilMaxOrderByAggregateInput = {
    id?: SortOrder
    laCode?: SortOrder
    name?: SortOrder
    region?: SortOrder
    createdAt?: SortOrder
  }

  export type CouncilMinOrderByAggregateInput = {
    id?: SortOrder
    laCode?: SortOrder
    name?: SortOrder
    region?: SortOrder
    createdAt?: SortOrder
  }

  export type UuidWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedUuidWithAggregatesFilter<$PrismaModel> | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedStringFilter<$PrismaModel>
    _max?: NestedStringFilter<$PrismaModel>
  }

  export type StringWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedStringWithAggregatesFilter<$PrismaModel> | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedStringFilter<$PrismaModel>
    _max?: NestedStringFilter<$PrismaModel>
  }

  export type DateTimeWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeWithAggregatesFilter<$PrismaModel> | Date | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedDateTimeFilter<$PrismaModel>
    _max?: NestedDateTimeFilter<$PrismaModel>
  }

  export type StringNullableFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedStringNullableFilter<$PrismaModel> | string | null
  }

  export type DateTimeNullableFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableFilter<$PrismaModel> | Date | string | null
  }

  export type CouncilScalarRelationFilter = {
    is?: CouncilWhereInput
    isNot?: CouncilWhereInput
  }

  export type SortOrderInput = {
    sort: SortOrder
    nulls?: NullsOrder
  }

  export type PersonCouncilIdLaPersonIdCompoundUniqueInput = {
    councilId: string
    laPersonId: string
  }

  export type PersonCouncilIdNhsNumberCompoundUniqueInput = {
    councilId: string
    nhsNumber: string
  }

  export type PersonCountOrderByAggregateInput = {
    id?: SortOrder
    councilId?: SortOrder
    laPersonId?: SortOrder
    nhsNumber?: SortOrder
    givenName?: SortOrder
    familyName?: SortOrder
    birthDate?: SortOrder
    deathDate?: SortOrder
    gender?: SortOrder
    ethnicity?: SortOrder
    postcode?: SortOrder
    clientType?: SortOrder
    primarySupportReason?: SortOrder
    accommodationStatus?: SortOrder
    mentalCapacityForDp?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type PersonMaxOrderByAggregateInput = {
    id?: SortOrder
    councilId?: SortOrder
    laPersonId?: SortOrder
    nhsNumber?: SortOrder
    givenName?: SortOrder
    familyName?: SortOrder
    birthDate?: SortOrder
    deathDate?: SortOrder
    gender?: SortOrder
    ethnicity?: SortOrder
    postcode?: SortOrder
    clientType?: SortOrder
    primarySupportReason?: SortOrder
    accommodationStatus?: SortOrder
    mentalCapacityForDp?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type PersonMinOrderByAggregateInput = {
    id?: SortOrder
    councilId?: SortOrder
    laPersonId?: SortOrder
    nhsNumber?: SortOrder
    givenName?: SortOrder
    familyName?: SortOrder
    birthDate?: SortOrder
    deathDate?: SortOrder
    gender?: SortOrder
    ethnicity?: SortOrder
    postcode?: SortOrder
    clientType?: SortOrder
    primarySupportReason?: SortOrder
    accommodationStatus?: SortOrder
    mentalCapacityForDp?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type StringNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedStringNullableWithAggregatesFilter<$PrismaModel> | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedStringNullableFilter<$PrismaModel>
    _max?: NestedStringNullableFilter<$PrismaModel>
  }

  export type DateTimeNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableWithAggregatesFilter<$PrismaModel> | Date | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedDateTimeNullableFilter<$PrismaModel>
    _max?: NestedDateTimeNullableFilter<$PrismaModel>
  }

  export type IntFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[] | ListIntFieldRefInput<$PrismaModel>
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel>
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntFilter<$PrismaModel> | number
  }

  export type PersonScalarRelationFilter = {
    is?: PersonWhereInput
    isNot?: PersonWhereInput
  }

  export type PersonalBudgetCountOrderByAggregateInput = {
    id?: SortOrder
    councilId?: SortOrder
    personId?: SortOrder
    version?: SortOrder
    status?: SortOrder
    annualTotalPence?: SortOrder
    annualLaContributionPence?: SortOrder
    annualPersonContributionPence?: SortOrder
    effectiveFrom?: SortOrder
    effectiveTo?: SortOrder
    createdAt?: SortOrder
  }

  export type PersonalBudgetAvgOrderByAggregateInput = {
    version?: SortOrder
    annualTotalPence?: SortOrder
    annualLaContributionPence?: SortOrder
    annualPersonContributionPence?: SortOrder
  }

  export type PersonalBudgetMaxOrderByAggregateInput = {
    id?: SortOrder
    councilId?: SortOrder
    personId?: SortOrder
    version?: SortOrder
    status?: SortOrder
    annualTotalPence?: SortOrder
    annualLaContributionPence?: SortOrder
    annualPersonContributionPence?: SortOrder
    effectiveFrom?: SortOrder
    effectiveTo?: SortOrder
    createdAt?: SortOrder
  }

  export type PersonalBudgetMinOrderByAggregateInput = {
    id?: SortOrder
    councilId?: SortOrder
    personId?: SortOrder
    version?: SortOrder
    status?: SortOrder
    annualTotalPence?: SortOrder
    annualLaContributionPence?: SortOrder
    annualPersonContributionPence?: SortOrder
    effectiveFrom?: SortOrder
    effectiveTo?: SortOrder
    createdAt?: SortOrder
  }

  export type PersonalBudgetSumOrderByAggregateInput = {
    version?: SortOrder
    annualTotalPence?: SortOrder
    annualLaContributionPence?: SortOrder
    annualPersonContributionPence?: SortOrder
  }

  export type IntWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[] | ListIntFieldRefInput<$PrismaModel>
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel>
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntWithAggregatesFilter<$PrismaModel> | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedIntFilter<$PrismaModel>
    _min?: NestedIntFilter<$PrismaModel>
    _max?: NestedIntFilter<$PrismaModel>
  }

  export type PersonalBudgetScalarRelationFilter = {
    is?: PersonalBudgetWhereInput
    isNot?: PersonalBudgetWhereInput
  }

  export type BudgetDeploymentCountOrderByAggregateInput = {
    id?: SortOrder
    councilId?: SortOrder
    budgetId?: SortOrder
    mode?: SortOrder
    annualAmountPence?: SortOrder
  }

  export type BudgetDeploymentAvgOrderByAggregateInput = {
    annualAmountPence?: SortOrder
  }

  export type BudgetDeploymentMaxOrderByAggregateInput = {
    id?: SortOrder
    councilId?: SortOrder
    budgetId?: SortOrder
    mode?: SortOrder
    annualAmountPence?: SortOrder
  }

  export type BudgetDeploymentMinOrderByAggregateInput = {
    id?: SortOrder
    councilId?: SortOrder
    budgetId?: SortOrder
    mode?: SortOrder
    annualAmountPence?: SortOrder
  }

  export type BudgetDeploymentSumOrderByAggregateInput = {
    annualAmountPence?: SortOrder
  }

  export type PersonCreateNestedManyWithoutCouncilInput = {
    create?: XOR<PersonCreateWithoutCouncilInput, PersonUncheckedCreateWithoutCouncilInput> | PersonCreateWithoutCouncilInput[] | PersonUncheckedCreateWithoutCouncilInput[]
    connectOrCreate?: PersonCreateOrConnectWithoutCouncilInput | PersonCreateOrConnectWithoutCouncilInput[]
    createMany?: PersonCreateManyCouncilInputEnvelope
    connect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
  }

  export type PersonalBudgetCreateNestedManyWithoutCouncilInput = {
    create?: XOR<PersonalBudgetCreateWithoutCouncilInput, PersonalBudgetUncheckedCreateWithoutCouncilInput> | PersonalBudgetCreateWithoutCouncilInput[] | PersonalBudgetUncheckedCreateWithoutCouncilInput[]
    connectOrCreate?: PersonalBudgetCreateOrConnectWithoutCouncilInput | PersonalBudgetCreateOrConnectWithoutCouncilInput[]
    createMany?: PersonalBudgetCreateManyCouncilInputEnvelope
    connect?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
  }

  export type BudgetDeploymentCreateNestedManyWithoutCouncilInput = {
    create?: XOR<BudgetDeploymentCreateWithoutCouncilInput, BudgetDeploymentUncheckedCreateWithoutCouncilInput> | BudgetDeploymentCreateWithoutCouncilInput[] | BudgetDeploymentUncheckedCreateWithoutCouncilInput[]
    connectOrCreate?: BudgetDeploymentCreateOrConnectWithoutCouncilInput | BudgetDeploymentCreateOrConnectWithoutCouncilInput[]
    createMany?: BudgetDeploymentCreateManyCouncilInputEnvelope
    connect?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
  }

  export type PersonUncheckedCreateNestedManyWithoutCouncilInput = {
    create?: XOR<PersonCreateWithoutCouncilInput, PersonUncheckedCreateWithoutCouncilInput> | PersonCreateWithoutCouncilInput[] | PersonUncheckedCreateWithoutCouncilInput[]
    connectOrCreate?: PersonCreateOrConnectWithoutCouncilInput | PersonCreateOrConnectWithoutCouncilInput[]
    createMany?: PersonCreateManyCouncilInputEnvelope
    connect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
  }

  export type PersonalBudgetUncheckedCreateNestedManyWithoutCouncilInput = {
    create?: XOR<PersonalBudgetCreateWithoutCouncilInput, PersonalBudgetUncheckedCreateWithoutCouncilInput> | PersonalBudgetCreateWithoutCouncilInput[] | PersonalBudgetUncheckedCreateWithoutCouncilInput[]
    connectOrCreate?: PersonalBudgetCreateOrConnectWithoutCouncilInput | PersonalBudgetCreateOrConnectWithoutCouncilInput[]
    createMany?: PersonalBudgetCreateManyCouncilInputEnvelope
    connect?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
  }

  export type BudgetDeploymentUncheckedCreateNestedManyWithoutCouncilInput = {
    create?: XOR<BudgetDeploymentCreateWithoutCouncilInput, BudgetDeploymentUncheckedCreateWithoutCouncilInput> | BudgetDeploymentCreateWithoutCouncilInput[] | BudgetDeploymentUncheckedCreateWithoutCouncilInput[]
    connectOrCreate?: BudgetDeploymentCreateOrConnectWithoutCouncilInput | BudgetDeploymentCreateOrConnectWithoutCouncilInput[]
    createMany?: BudgetDeploymentCreateManyCouncilInputEnvelope
    connect?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
  }

  export type StringFieldUpdateOperationsInput = {
    set?: string
  }

  export type DateTimeFieldUpdateOperationsInput = {
    set?: Date | string
  }

  export type PersonUpdateManyWithoutCouncilNestedInput = {
    create?: XOR<PersonCreateWithoutCouncilInput, PersonUncheckedCreateWithoutCouncilInput> | PersonCreateWithoutCouncilInput[] | PersonUncheckedCreateWithoutCouncilInput[]
    connectOrCreate?: PersonCreateOrConnectWithoutCouncilInput | PersonCreateOrConnectWithoutCouncilInput[]
    upsert?: PersonUpsertWithWhereUniqueWithoutCouncilInput | PersonUpsertWithWhereUniqueWithoutCouncilInput[]
    createMany?: PersonCreateManyCouncilInputEnvelope
    set?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    disconnect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    delete?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    connect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    update?: PersonUpdateWithWhereUniqueWithoutCouncilInput | PersonUpdateWithWhereUniqueWithoutCouncilInput[]
    updateMany?: PersonUpdateManyWithWhereWithoutCouncilInput | PersonUpdateManyWithWhereWithoutCouncilInput[]
    deleteMany?: PersonScalarWhereInput | PersonScalarWhereInput[]
  }

  export type PersonalBudgetUpdateManyWithoutCouncilNestedInput = {
    create?: XOR<PersonalBudgetCreateWithoutCouncilInput, PersonalBudgetUncheckedCreateWithoutCouncilInput> | PersonalBudgetCreateWithoutCouncilInput[] | PersonalBudgetUncheckedCreateWithoutCouncilInput[]
    connectOrCreate?: PersonalBudgetCreateOrConnectWithoutCouncilInput | PersonalBudgetCreateOrConnectWithoutCouncilInput[]
    upsert?: PersonalBudgetUpsertWithWhereUniqueWithoutCouncilInput | PersonalBudgetUpsertWithWhereUniqueWithoutCouncilInput[]
    createMany?: PersonalBudgetCreateManyCouncilInputEnvelope
    set?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
    disconnect?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
    delete?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
    connect?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
    update?: PersonalBudgetUpdateWithWhereUniqueWithoutCouncilInput | PersonalBudgetUpdateWithWhereUniqueWithoutCouncilInput[]
    updateMany?: PersonalBudgetUpdateManyWithWhereWithoutCouncilInput | PersonalBudgetUpdateManyWithWhereWithoutCouncilInput[]
    deleteMany?: PersonalBudgetScalarWhereInput | PersonalBudgetScalarWhereInput[]
  }

  export type BudgetDeploymentUpdateManyWithoutCouncilNestedInput = {
    create?: XOR<BudgetDeploymentCreateWithoutCouncilInput, BudgetDeploymentUncheckedCreateWithoutCouncilInput> | BudgetDeploymentCreateWithoutCouncilInput[] | BudgetDeploymentUncheckedCreateWithoutCouncilInput[]
    connectOrCreate?: BudgetDeploymentCreateOrConnectWithoutCouncilInput | BudgetDeploymentCreateOrConnectWithoutCouncilInput[]
    upsert?: BudgetDeploymentUpsertWithWhereUniqueWithoutCouncilInput | BudgetDeploymentUpsertWithWhereUniqueWithoutCouncilInput[]
    createMany?: BudgetDeploymentCreateManyCouncilInputEnvelope
    set?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
    disconnect?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
    delete?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
    connect?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
    update?: BudgetDeploymentUpdateWithWhereUniqueWithoutCouncilInput | BudgetDeploymentUpdateWithWhereUniqueWithoutCouncilInput[]
    updateMany?: BudgetDeploymentUpdateManyWithWhereWithoutCouncilInput | BudgetDeploymentUpdateManyWithWhereWithoutCouncilInput[]
    deleteMany?: BudgetDeploymentScalarWhereInput | BudgetDeploymentScalarWhereInput[]
  }

  export type PersonUncheckedUpdateManyWithoutCouncilNestedInput = {
    create?: XOR<PersonCreateWithoutCouncilInput, PersonUncheckedCreateWithoutCouncilInput> | PersonCreateWithoutCouncilInput[] | PersonUncheckedCreateWithoutCouncilInput[]
    connectOrCreate?: PersonCreateOrConnectWithoutCouncilInput | PersonCreateOrConnectWithoutCouncilInput[]
    upsert?: PersonUpsertWithWhereUniqueWithoutCouncilInput | PersonUpsertWithWhereUniqueWithoutCouncilInput[]
    createMany?: PersonCreateManyCouncilInputEnvelope
    set?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    disconnect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    delete?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    connect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    update?: PersonUpdateWithWhereUniqueWithoutCouncilInput | PersonUpdateWithWhereUniqueWithoutCouncilInput[]
    updateMany?: PersonUpdateManyWithWhereWithoutCouncilInput | PersonUpdateManyWithWhereWithoutCouncilInput[]
    deleteMany?: PersonScalarWhereInput | PersonScalarWhereInput[]
  }

  export type PersonalBudgetUncheckedUpdateManyWithoutCouncilNestedInput = {
    create?: XOR<PersonalBudgetCreateWithoutCouncilInput, PersonalBudgetUncheckedCreateWithoutCouncilInput> | PersonalBudgetCreateWithoutCouncilInput[] | PersonalBudgetUncheckedCreateWithoutCouncilInput[]
    connectOrCreate?: PersonalBudgetCreateOrConnectWithoutCouncilInput | PersonalBudgetCreateOrConnectWithoutCouncilInput[]
    upsert?: PersonalBudgetUpsertWithWhereUniqueWithoutCouncilInput | PersonalBudgetUpsertWithWhereUniqueWithoutCouncilInput[]
    createMany?: PersonalBudgetCreateManyCouncilInputEnvelope
    set?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
    disconnect?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
    delete?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
    connect?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
    update?: PersonalBudgetUpdateWithWhereUniqueWithoutCouncilInput | PersonalBudgetUpdateWithWhereUniqueWithoutCouncilInput[]
    updateMany?: PersonalBudgetUpdateManyWithWhereWithoutCouncilInput | PersonalBudgetUpdateManyWithWhereWithoutCouncilInput[]
    deleteMany?: PersonalBudgetScalarWhereInput | PersonalBudgetScalarWhereInput[]
  }

  export type BudgetDeploymentUncheckedUpdateManyWithoutCouncilNestedInput = {
    create?: XOR<BudgetDeploymentCreateWithoutCouncilInput, BudgetDeploymentUncheckedCreateWithoutCouncilInput> | BudgetDeploymentCreateWithoutCouncilInput[] | BudgetDeploymentUncheckedCreateWithoutCouncilInput[]
    connectOrCreate?: BudgetDeploymentCreateOrConnectWithoutCouncilInput | BudgetDeploymentCreateOrConnectWithoutCouncilInput[]
    upsert?: BudgetDeploymentUpsertWithWhereUniqueWithoutCouncilInput | BudgetDeploymentUpsertWithWhereUniqueWithoutCouncilInput[]
    createMany?: BudgetDeploymentCreateManyCouncilInputEnvelope
    set?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
    disconnect?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
    delete?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
    connect?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
    update?: BudgetDeploymentUpdateWithWhereUniqueWithoutCouncilInput | BudgetDeploymentUpdateWithWhereUniqueWithoutCouncilInput[]
    updateMany?: BudgetDeploymentUpdateManyWithWhereWithoutCouncilInput | BudgetDeploymentUpdateManyWithWhereWithoutCouncilInput[]
    deleteMany?: BudgetDeploymentScalarWhereInput | BudgetDeploymentScalarWhereInput[]
  }

  export type CouncilCreateNestedOneWithoutPeopleInput = {
    create?: XOR<CouncilCreateWithoutPeopleInput, CouncilUncheckedCreateWithoutPeopleInput>
    connectOrCreate?: CouncilCreateOrConnectWithoutPeopleInput
    connect?: CouncilWhereUniqueInput
  }

  export type PersonalBudgetCreateNestedManyWithoutPersonInput = {
    create?: XOR<PersonalBudgetCreateWithoutPersonInput, PersonalBudgetUncheckedCreateWithoutPersonInput> | PersonalBudgetCreateWithoutPersonInput[] | PersonalBudgetUncheckedCreateWithoutPersonInput[]
    connectOrCreate?: PersonalBudgetCreateOrConnectWithoutPersonInput | PersonalBudgetCreateOrConnectWithoutPersonInput[]
    createMany?: PersonalBudgetCreateManyPersonInputEnvelope
    connect?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
  }

  export type PersonalBudgetUncheckedCreateNestedManyWithoutPersonInput = {
    create?: XOR<PersonalBudgetCreateWithoutPersonInput, PersonalBudgetUncheckedCreateWithoutPersonInput> | PersonalBudgetCreateWithoutPersonInput[] | PersonalBudgetUncheckedCreateWithoutPersonInput[]
    connectOrCreate?: PersonalBudgetCreateOrConnectWithoutPersonInput | PersonalBudgetCreateOrConnectWithoutPersonInput[]
    createMany?: PersonalBudgetCreateManyPersonInputEnvelope
    connect?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
  }

  export type NullableStringFieldUpdateOperationsInput = {
    set?: string | null
  }

  export type NullableDateTimeFieldUpdateOperationsInput = {
    set?: Date | string | null
  }

  export type CouncilUpdateOneRequiredWithoutPeopleNestedInput = {
    create?: XOR<CouncilCreateWithoutPeopleInput, CouncilUncheckedCreateWithoutPeopleInput>
    connectOrCreate?: CouncilCreateOrConnectWithoutPeopleInput
    upsert?: CouncilUpsertWithoutPeopleInput
    connect?: CouncilWhereUniqueInput
    update?: XOR<XOR<CouncilUpdateToOneWithWhereWithoutPeopleInput, CouncilUpdateWithoutPeopleInput>, CouncilUncheckedUpdateWithoutPeopleInput>
  }

  export type PersonalBudgetUpdateManyWithoutPersonNestedInput = {
    create?: XOR<PersonalBudgetCreateWithoutPersonInput, PersonalBudgetUncheckedCreateWithoutPersonInput> | PersonalBudgetCreateWithoutPersonInput[] | PersonalBudgetUncheckedCreateWithoutPersonInput[]
    connectOrCreate?: PersonalBudgetCreateOrConnectWithoutPersonInput | PersonalBudgetCreateOrConnectWithoutPersonInput[]
    upsert?: PersonalBudgetUpsertWithWhereUniqueWithoutPersonInput | PersonalBudgetUpsertWithWhereUniqueWithoutPersonInput[]
    createMany?: PersonalBudgetCreateManyPersonInputEnvelope
    set?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
    disconnect?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
    delete?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
    connect?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
    update?: PersonalBudgetUpdateWithWhereUniqueWithoutPersonInput | PersonalBudgetUpdateWithWhereUniqueWithoutPersonInput[]
    updateMany?: PersonalBudgetUpdateManyWithWhereWithoutPersonInput | PersonalBudgetUpdateManyWithWhereWithoutPersonInput[]
    deleteMany?: PersonalBudgetScalarWhereInput | PersonalBudgetScalarWhereInput[]
  }

  export type PersonalBudgetUncheckedUpdateManyWithoutPersonNestedInput = {
    create?: XOR<PersonalBudgetCreateWithoutPersonInput, PersonalBudgetUncheckedCreateWithoutPersonInput> | PersonalBudgetCreateWithoutPersonInput[] | PersonalBudgetUncheckedCreateWithoutPersonInput[]
    connectOrCreate?: PersonalBudgetCreateOrConnectWithoutPersonInput | PersonalBudgetCreateOrConnectWithoutPersonInput[]
    upsert?: PersonalBudgetUpsertWithWhereUniqueWithoutPersonInput | PersonalBudgetUpsertWithWhereUniqueWithoutPersonInput[]
    createMany?: PersonalBudgetCreateManyPersonInputEnvelope
    set?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
    disconnect?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
    delete?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
    connect?: PersonalBudgetWhereUniqueInput | PersonalBudgetWhereUniqueInput[]
    update?: PersonalBudgetUpdateWithWhereUniqueWithoutPersonInput | PersonalBudgetUpdateWithWhereUniqueWithoutPersonInput[]
    updateMany?: PersonalBudgetUpdateManyWithWhereWithoutPersonInput | PersonalBudgetUpdateManyWithWhereWithoutPersonInput[]
    deleteMany?: PersonalBudgetScalarWhereInput | PersonalBudgetScalarWhereInput[]
  }

  export type CouncilCreateNestedOneWithoutPersonalBudgetsInput = {
    create?: XOR<CouncilCreateWithoutPersonalBudgetsInput, CouncilUncheckedCreateWithoutPersonalBudgetsInput>
    connectOrCreate?: CouncilCreateOrConnectWithoutPersonalBudgetsInput
    connect?: CouncilWhereUniqueInput
  }

  export type PersonCreateNestedOneWithoutPersonalBudgetsInput = {
    create?: XOR<PersonCreateWithoutPersonalBudgetsInput, PersonUncheckedCreateWithoutPersonalBudgetsInput>
    connectOrCreate?: PersonCreateOrConnectWithoutPersonalBudgetsInput
    connect?: PersonWhereUniqueInput
  }

  export type BudgetDeploymentCreateNestedManyWithoutBudgetInput = {
    create?: XOR<BudgetDeploymentCreateWithoutBudgetInput, BudgetDeploymentUncheckedCreateWithoutBudgetInput> | BudgetDeploymentCreateWithoutBudgetInput[] | BudgetDeploymentUncheckedCreateWithoutBudgetInput[]
    connectOrCreate?: BudgetDeploymentCreateOrConnectWithoutBudgetInput | BudgetDeploymentCreateOrConnectWithoutBudgetInput[]
    createMany?: BudgetDeploymentCreateManyBudgetInputEnvelope
    connect?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
  }

  export type BudgetDeploymentUncheckedCreateNestedManyWithoutBudgetInput = {
    create?: XOR<BudgetDeploymentCreateWithoutBudgetInput, BudgetDeploymentUncheckedCreateWithoutBudgetInput> | BudgetDeploymentCreateWithoutBudgetInput[] | BudgetDeploymentUncheckedCreateWithoutBudgetInput[]
    connectOrCreate?: BudgetDeploymentCreateOrConnectWithoutBudgetInput | BudgetDeploymentCreateOrConnectWithoutBudgetInput[]
    createMany?: BudgetDeploymentCreateManyBudgetInputEnvelope
    connect?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
  }

  export type IntFieldUpdateOperationsInput = {
    set?: number
    increment?: number
    decrement?: number
    multiply?: number
    divide?: number
  }

  export type CouncilUpdateOneRequiredWithoutPersonalBudgetsNestedInput = {
    create?: XOR<CouncilCreateWithoutPersonalBudgetsInput, CouncilUncheckedCreateWithoutPersonalBudgetsInput>
    connectOrCreate?: CouncilCreateOrConnectWithoutPersonalBudgetsInput
    upsert?: CouncilUpsertWithoutPersonalBudgetsInput
    connect?: CouncilWhereUniqueInput
    update?: XOR<XOR<CouncilUpdateToOneWithWhereWithoutPersonalBudgetsInput, CouncilUpdateWithoutPersonalBudgetsInput>, CouncilUncheckedUpdateWithoutPersonalBudgetsInput>
  }

  export type PersonUpdateOneRequiredWithoutPersonalBudgetsNestedInput = {
    create?: XOR<PersonCreateWithoutPersonalBudgetsInput, PersonUncheckedCreateWithoutPersonalBudgetsInput>
    connectOrCreate?: PersonCreateOrConnectWithoutPersonalBudgetsInput
    upsert?: PersonUpsertWithoutPersonalBudgetsInput
    connect?: PersonWhereUniqueInput
    update?: XOR<XOR<PersonUpdateToOneWithWhereWithoutPersonalBudgetsInput, PersonUpdateWithoutPersonalBudgetsInput>, PersonUncheckedUpdateWithoutPersonalBudgetsInput>
  }

  export type BudgetDeploymentUpdateManyWithoutBudgetNestedInput = {
    create?: XOR<BudgetDeploymentCreateWithoutBudgetInput, BudgetDeploymentUncheckedCreateWithoutBudgetInput> | BudgetDeploymentCreateWithoutBudgetInput[] | BudgetDeploymentUncheckedCreateWithoutBudgetInput[]
    connectOrCreate?: BudgetDeploymentCreateOrConnectWithoutBudgetInput | BudgetDeploymentCreateOrConnectWithoutBudgetInput[]
    upsert?: BudgetDeploymentUpsertWithWhereUniqueWithoutBudgetInput | BudgetDeploymentUpsertWithWhereUniqueWithoutBudgetInput[]
    createMany?: BudgetDeploymentCreateManyBudgetInputEnvelope
    set?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
    disconnect?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
    delete?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
    connect?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
    update?: BudgetDeploymentUpdateWithWhereUniqueWithoutBudgetInput | BudgetDeploymentUpdateWithWhereUniqueWithoutBudgetInput[]
    updateMany?: BudgetDeploymentUpdateManyWithWhereWithoutBudgetInput | BudgetDeploymentUpdateManyWithWhereWithoutBudgetInput[]
    deleteMany?: BudgetDeploymentScalarWhereInput | BudgetDeploymentScalarWhereInput[]
  }

  export type BudgetDeploymentUncheckedUpdateManyWithoutBudgetNestedInput = {
    create?: XOR<BudgetDeploymentCreateWithoutBudgetInput, BudgetDeploymentUncheckedCreateWithoutBudgetInput> | BudgetDeploymentCreateWithoutBudgetInput[] | BudgetDeploymentUncheckedCreateWithoutBudgetInput[]
    connectOrCreate?: BudgetDeploymentCreateOrConnectWithoutBudgetInput | BudgetDeploymentCreateOrConnectWithoutBudgetInput[]
    upsert?: BudgetDeploymentUpsertWithWhereUniqueWithoutBudgetInput | BudgetDeploymentUpsertWithWhereUniqueWithoutBudgetInput[]
    createMany?: BudgetDeploymentCreateManyBudgetInputEnvelope
    set?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
    disconnect?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
    delete?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
    connect?: BudgetDeploymentWhereUniqueInput | BudgetDeploymentWhereUniqueInput[]
    update?: BudgetDeploymentUpdateWithWhereUniqueWithoutBudgetInput | BudgetDeploymentUpdateWithWhereUniqueWithoutBudgetInput[]
    updateMany?: BudgetDeploymentUpdateManyWithWhereWithoutBudgetInput | BudgetDeploymentUpdateManyWithWhereWithoutBudgetInput[]
    deleteMany?: BudgetDeploymentScalarWhereInput | BudgetDeploymentScalarWhereInput[]
  }

  export type CouncilCreateNestedOneWithoutDeploymentsInput = {
    create?: XOR<CouncilCreateWithoutDeploymentsInput, CouncilUncheckedCreateWithoutDeploymentsInput>
    connectOrCreate?: CouncilCreateOrConnectWithoutDeploymentsInput
    connect?: CouncilWhereUniqueInput
  }

  export type PersonalBudgetCreateNestedOneWithoutDeploymentsInput = {
    create?: XOR<PersonalBudgetCreateWithoutDeploymentsInput, PersonalBudgetUncheckedCreateWithoutDeploymentsInput>
    connectOrCreate?: PersonalBudgetCreateOrConnectWithoutDeploymentsInput
    connect?: PersonalBudgetWhereUniqueInput
  }

  export type CouncilUpdateOneRequiredWithoutDeploymentsNestedInput = {
    create?: XOR<CouncilCreateWithoutDeploymentsInput, CouncilUncheckedCreateWithoutDeploymentsInput>
    connectOrCreate?: CouncilCreateOrConnectWithoutDeploymentsInput
    upsert?: CouncilUpsertWithoutDeploymentsInput
    connect?: CouncilWhereUniqueInput
    update?: XOR<XOR<CouncilUpdateToOneWithWhereWithoutDeploymentsInput, CouncilUpdateWithoutDeploymentsInput>, CouncilUncheckedUpdateWithoutDeploymentsInput>
  }

  export type PersonalBudgetUpdateOneRequiredWithoutDeploymentsNestedInput = {
    create?: XOR<PersonalBudgetCreateWithoutDeploymentsInput, PersonalBudgetUncheckedCreateWithoutDeploymentsInput>
    connectOrCreate?: PersonalBudgetCreateOrConnectWithoutDeploymentsInput
    upsert?: PersonalBudgetUpsertWithoutDeploymentsInput
    connect?: PersonalBudgetWhereUniqueInput
    update?: XOR<XOR<PersonalBudgetUpdateToOneWithWhereWithoutDeploymentsInput, PersonalBudgetUpdateWithoutDeploymentsInput>, PersonalBudgetUncheckedUpdateWithoutDeploymentsInput>
  }

  export type NestedUuidFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedUuidFilter<$PrismaModel> | string
  }

  export type NestedStringFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringFilter<$PrismaModel> | string
  }

  export type NestedDateTimeFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeFilter<$PrismaModel> | Date | string
  }

  export type NestedUuidWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedUuidWithAggregatesFilter<$PrismaModel> | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedStringFilter<$PrismaModel>
    _max?: NestedStringFilter<$PrismaModel>
  }

  export type NestedIntFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[] | ListIntFieldRefInput<$PrismaModel>
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel>
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntFilter<$PrismaModel> | number
  }

  export type NestedStringWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringWithAggregatesFilter<$PrismaModel> | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedStringFilter<$PrismaModel>
    _max?: NestedStringFilter<$PrismaModel>
  }

  export type NestedDateTimeWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeWithAggregatesFilter<$PrismaModel> | Date | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedDateTimeFilter<$PrismaModel>
    _max?: NestedDateTimeFilter<$PrismaModel>
  }

  export type NestedStringNullableFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringNullableFilter<$PrismaModel> | string | null
  }

  export type NestedDateTimeNullableFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableFilter<$PrismaModel> | Date | string | null
  }

  export type NestedStringNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringNullableWithAggregatesFilter<$PrismaModel> | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedStringNullableFilter<$PrismaModel>
    _max?: NestedStringNullableFilter<$PrismaModel>
  }

  export type NestedIntNullableFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel> | null
    in?: number[] | ListIntFieldRefInput<$PrismaModel> | null
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel> | null
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntNullableFilter<$PrismaModel> | number | null
  }

  export type NestedDateTimeNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableWithAggregatesFilter<$PrismaModel> | Date | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedDateTimeNullableFilter<$PrismaModel>
    _max?: NestedDateTimeNullableFilter<$PrismaModel>
  }

  export type NestedIntWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[] | ListIntFieldRefInput<$PrismaModel>
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel>
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntWithAggregatesFilter<$PrismaModel> | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedIntFilter<$PrismaModel>
    _min?: NestedIntFilter<$PrismaModel>
    _max?: NestedIntFilter<$PrismaModel>
  }

  export type NestedFloatFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel>
    in?: number[] | ListFloatFieldRefInput<$PrismaModel>
    notIn?: number[] | ListFloatFieldRefInput<$PrismaModel>
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatFilter<$PrismaModel> | number
  }

  export type PersonCreateWithoutCouncilInput = {
    id?: string
    laPersonId: string
    nhsNumber?: string | null
    givenName: string
    familyName: string
    birthDate: Date | string
    deathDate?: Date | string | null
    gender: string
    ethnicity: string
    postcode: string
    clientType: string
    primarySupportReason: string
    accommodationStatus: string
    mentalCapacityForDp: string
    createdAt?: Date | string
    updatedAt?: Date | string
    personalBudgets?: PersonalBudgetCreateNestedManyWithoutPersonInput
  }

  export type PersonUncheckedCreateWithoutCouncilInput = {
    id?: string
    laPersonId: string
    nhsNumber?: string | null
    givenName: string
    familyName: string
    birthDate: Date | string
    deathDate?: Date | string | null
    gender: string
    ethnicity: string
    postcode: string
    clientType: string
    primarySupportReason: string
    accommodationStatus: string
    mentalCapacityForDp: string
    createdAt?: Date | string
    updatedAt?: Date | string
    personalBudgets?: PersonalBudgetUncheckedCreateNestedManyWithoutPersonInput
  }

  export type PersonCreateOrConnectWithoutCouncilInput = {
    where: PersonWhereUniqueInput
    create: XOR<PersonCreateWithoutCouncilInput, PersonUncheckedCreateWithoutCouncilInput>
  }

  export type PersonCreateManyCouncilInputEnvelope = {
    data: PersonCreateManyCouncilInput | PersonCreateManyCouncilInput[]
    skipDuplicates?: boolean
  }

  export type PersonalBudgetCreateWithoutCouncilInput = {
    id?: string
    version?: number
    status: string
    annualTotalPence: number
    annualLaContributionPence: number
    annualPersonContributionPence: number
    effectiveFrom: Date | string
    effectiveTo?: Date | string | null
    createdAt?: Date | string
    person: PersonCreateNestedOneWithoutPersonalBudgetsInput
    deployments?: BudgetDeploymentCreateNestedManyWithoutBudgetInput
  }

  export type PersonalBudgetUncheckedCreateWithoutCouncilInput = {
    id?: string
    personId: string
    version?: number
    status: string
    annualTotalPence: number
    annualLaContributionPence: number
    annualPersonContributionPence: number
    effectiveFrom: Date | string
    effectiveTo?: Date | string | null
    createdAt?: Date | string
    deployments?: BudgetDeploymentUncheckedCreateNestedManyWithoutBudgetInput
  }

  export type PersonalBudgetCreateOrConnectWithoutCouncilInput = {
    where: PersonalBudgetWhereUniqueInput
    create: XOR<PersonalBudgetCreateWithoutCouncilInput, PersonalBudgetUncheckedCreateWithoutCouncilInput>
  }

  export type PersonalBudgetCreateManyCouncilInputEnvelope = {
    data: PersonalBudgetCreateManyCouncilInput | PersonalBudgetCreateManyCouncilInput[]
    skipDuplicates?: boolean
  }

  export type BudgetDeploymentCreateWithoutCouncilInput = {
    id?: string
    mode: string
    annualAmountPence: number
    budget: PersonalBudgetCreateNestedOneWithoutDeploymentsInput
  }

  export type BudgetDeploymentUncheckedCreateWithoutCouncilInput = {
    id?: string
    budgetId: string
    mode: string
    annualAmountPence: number
  }

  export type BudgetDeploymentCreateOrConnectWithoutCouncilInput = {
    where: BudgetDeploymentWhereUniqueInput
    create: XOR<BudgetDeploymentCreateWithoutCouncilInput, BudgetDeploymentUncheckedCreateWithoutCouncilInput>
  }

  export type BudgetDeploymentCreateManyCouncilInputEnvelope = {
    data: BudgetDeploymentCreateManyCouncilInput | BudgetDeploymentCreateManyCouncilInput[]
    skipDuplicates?: boolean
  }

  export type PersonUpsertWithWhereUniqueWithoutCouncilInput = {
    where: PersonWhereUniqueInput
    update: XOR<PersonUpdateWithoutCouncilInput, PersonUncheckedUpdateWithoutCouncilInput>
    create: XOR<PersonCreateWithoutCouncilInput, PersonUncheckedCreateWithoutCouncilInput>
  }

  export type PersonUpdateWithWhereUniqueWithoutCouncilInput = {
    where: PersonWhereUniqueInput
    data: XOR<PersonUpdateWithoutCouncilInput, PersonUncheckedUpdateWithoutCouncilInput>
  }

  export type PersonUpdateManyWithWhereWithoutCouncilInput = {
    where: PersonScalarWhereInput
    data: XOR<PersonUpdateManyMutationInput, PersonUncheckedUpdateManyWithoutCouncilInput>
  }

  export type PersonScalarWhereInput = {
    AND?: PersonScalarWhereInput | PersonScalarWhereInput[]
    OR?: PersonScalarWhereInput[]
    NOT?: PersonScalarWhereInput | PersonScalarWhereInput[]
    id?: UuidFilter<"Person"> | string
    councilId?: UuidFilter<"Person"> | string
    laPersonId?: StringFilter<"Person"> | string
    nhsNumber?: StringNullableFilter<"Person"> | string | null
    givenName?: StringFilter<"Person"> | string
    familyName?: StringFilter<"Person"> | string
    birthDate?: DateTimeFilter<"Person"> | Date | string
    deathDate?: DateTimeNullableFilter<"Person"> | Date | string | null
    gender?: StringFilter<"Person"> | string
    ethnicity?: StringFilter<"Person"> | string
    postcode?: StringFilter<"Person"> | string
    clientType?: StringFilter<"Person"> | string
    primarySupportReason?: StringFilter<"Person"> | string
    accommodationStatus?: StringFilter<"Person"> | string
    mentalCapacityForDp?: StringFilter<"Person"> | string
    createdAt?: DateTimeFilter<"Person"> | Date | string
    updatedAt?: DateTimeFilter<"Person"> | Date | string
  }

  export type PersonalBudgetUpsertWithWhereUniqueWithoutCouncilInput = {
    where: PersonalBudgetWhereUniqueInput
    update: XOR<PersonalBudgetUpdateWithoutCouncilInput, PersonalBudgetUncheckedUpdateWithoutCouncilInput>
    create: XOR<PersonalBudgetCreateWithoutCouncilInput, PersonalBudgetUncheckedCreateWithoutCouncilInput>
  }

  export type PersonalBudgetUpdateWithWhereUniqueWithoutCouncilInput = {
    where: PersonalBudgetWhereUniqueInput
    data: XOR<PersonalBudgetUpdateWithoutCouncilInput, PersonalBudgetUncheckedUpdateWithoutCouncilInput>
  }

  export type PersonalBudgetUpdateManyWithWhereWithoutCouncilInput = {
    where: PersonalBudgetScalarWhereInput
    data: XOR<PersonalBudgetUpdateManyMutationInput, PersonalBudgetUncheckedUpdateManyWithoutCouncilInput>
  }

  export type PersonalBudgetScalarWhereInput = {
    AND?: PersonalBudgetScalarWhereInput | PersonalBudgetScalarWhereInput[]
    OR?: PersonalBudgetScalarWhereInput[]
    NOT?: PersonalBudgetScalarWhereInput | PersonalBudgetScalarWhereInput[]
    id?: UuidFilter<"PersonalBudget"> | string
    councilId?: UuidFilter<"PersonalBudget"> | string
    personId?: UuidFilter<"PersonalBudget"> | string
    version?: IntFilter<"PersonalBudget"> | number
    status?: StringFilter<"PersonalBudget"> | string
    annualTotalPence?: IntFilter<"PersonalBudget"> | number
    annualLaContributionPence?: IntFilter<"PersonalBudget"> | number
    annualPersonContributionPence?: IntFilter<"PersonalBudget"> | number
    effectiveFrom?: DateTimeFilter<"PersonalBudget"> | Date | string
    effectiveTo?: DateTimeNullableFilter<"PersonalBudget"> | Date | string | null
    createdAt?: DateTimeFilter<"PersonalBudget"> | Date | string
  }

  export type BudgetDeploymentUpsertWithWhereUniqueWithoutCouncilInput = {
    where: BudgetDeploymentWhereUniqueInput
    update: XOR<BudgetDeploymentUpdateWithoutCouncilInput, BudgetDeploymentUncheckedUpdateWithoutCouncilInput>
    create: XOR<BudgetDeploymentCreateWithoutCouncilInput, BudgetDeploymentUncheckedCreateWithoutCouncilInput>
  }

  export type BudgetDeploymentUpdateWithWhereUniqueWithoutCouncilInput = {
    where: BudgetDeploymentWhereUniqueInput
    data: XOR<BudgetDeploymentUpdateWithoutCouncilInput, BudgetDeploymentUncheckedUpdateWithoutCouncilInput>
  }

  export type BudgetDeploymentUpdateManyWithWhereWithoutCouncilInput = {
    where: BudgetDeploymentScalarWhereInput
    data: XOR<BudgetDeploymentUpdateManyMutationInput, BudgetDeploymentUncheckedUpdateManyWithoutCouncilInput>
  }

  export type BudgetDeploymentScalarWhereInput = {
    AND?: BudgetDeploymentScalarWhereInput | BudgetDeploymentScalarWhereInput[]
    OR?: BudgetDeploymentScalarWhereInput[]
    NOT?: BudgetDeploymentScalarWhereInput | BudgetDeploymentScalarWhereInput[]
    id?: UuidFilter<"BudgetDeployment"> | string
    councilId?: UuidFilter<"BudgetDeployment"> | string
    budgetId?: UuidFilter<"BudgetDeployment"> | string
    mode?: StringFilter<"BudgetDeployment"> | string
    annualAmountPence?: IntFilter<"BudgetDeployment"> | number
  }

  export type CouncilCreateWithoutPeopleInput = {
    id?: string
    laCode: string
    name: string
    region: string
    createdAt?: Date | string
    personalBudgets?: PersonalBudgetCreateNestedManyWithoutCouncilInput
    deployments?: BudgetDeploymentCreateNestedManyWithoutCouncilInput
  }

  export type CouncilUncheckedCreateWithoutPeopleInput = {
    id?: string
    laCode: string
    name: string
    region: string
    createdAt?: Date | string
    personalBudgets?: PersonalBudgetUncheckedCreateNestedManyWithoutCouncilInput
    deployments?: BudgetDeploymentUncheckedCreateNestedManyWithoutCouncilInput
  }

  export type CouncilCreateOrConnectWithoutPeopleInput = {
    where: CouncilWhereUniqueInput
    create: XOR<CouncilCreateWithoutPeopleInput, CouncilUncheckedCreateWithoutPeopleInput>
  }

  export type PersonalBudgetCreateWithoutPersonInput = {
    id?: string
    version?: number
    status: string
    annualTotalPence: number
    annualLaContributionPence: number
    annualPersonContributionPence: number
    effectiveFrom: Date | string
    effectiveTo?: Date | string | null
    createdAt?: Date | string
    council: CouncilCreateNestedOneWithoutPersonalBudgetsInput
    deployments?: BudgetDeploymentCreateNestedManyWithoutBudgetInput
  }

  export type PersonalBudgetUncheckedCreateWithoutPersonInput = {
    id?: string
    councilId: string
    version?: number
    status: string
    annualTotalPence: number
    annualLaContributionPence: number
    annualPersonContributionPence: number
    effectiveFrom: Date | string
    effectiveTo?: Date | string | null
    createdAt?: Date | string
    deployments?: BudgetDeploymentUncheckedCreateNestedManyWithoutBudgetInput
  }

  export type PersonalBudgetCreateOrConnectWithoutPersonInput = {
    where: PersonalBudgetWhereUniqueInput
    create: XOR<PersonalBudgetCreateWithoutPersonInput, PersonalBudgetUncheckedCreateWithoutPersonInput>
  }

  export type PersonalBudgetCreateManyPersonInputEnvelope = {
    data: PersonalBudgetCreateManyPersonInput | PersonalBudgetCreateManyPersonInput[]
    skipDuplicates?: boolean
  }

  export type CouncilUpsertWithoutPeopleInput = {
    update: XOR<CouncilUpdateWithoutPeopleInput, CouncilUncheckedUpdateWithoutPeopleInput>
    create: XOR<CouncilCreateWithoutPeopleInput, CouncilUncheckedCreateWithoutPeopleInput>
    where?: CouncilWhereInput
  }

  export type CouncilUpdateToOneWithWhereWithoutPeopleInput = {
    where?: CouncilWhereInput
    data: XOR<CouncilUpdateWithoutPeopleInput, CouncilUncheckedUpdateWithoutPeopleInput>
  }

  export type CouncilUpdateWithoutPeopleInput = {
    id?: StringFieldUpdateOperationsInput | string
    laCode?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    personalBudgets?: PersonalBudgetUpdateManyWithoutCouncilNestedInput
    deployments?: BudgetDeploymentUpdateManyWithoutCouncilNestedInput
  }

  export type CouncilUncheckedUpdateWithoutPeopleInput = {
    id?: StringFieldUpdateOperationsInput | string
    laCode?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    personalBudgets?: PersonalBudgetUncheckedUpdateManyWithoutCouncilNestedInput
    deployments?: BudgetDeploymentUncheckedUpdateManyWithoutCouncilNestedInput
  }

  export type PersonalBudgetUpsertWithWhereUniqueWithoutPersonInput = {
    where: PersonalBudgetWhereUniqueInput
    update: XOR<PersonalBudgetUpdateWithoutPersonInput, PersonalBudgetUncheckedUpdateWithoutPersonInput>
    create: XOR<PersonalBudgetCreateWithoutPersonInput, PersonalBudgetUncheckedCreateWithoutPersonInput>
  }

  export type PersonalBudgetUpdateWithWhereUniqueWithoutPersonInput = {
    where: PersonalBudgetWhereUniqueInput
    data: XOR<PersonalBudgetUpdateWithoutPersonInput, PersonalBudgetUncheckedUpdateWithoutPersonInput>
  }

  export type PersonalBudgetUpdateManyWithWhereWithoutPersonInput = {
    where: PersonalBudgetScalarWhereInput
    data: XOR<PersonalBudgetUpdateManyMutationInput, PersonalBudgetUncheckedUpdateManyWithoutPersonInput>
  }

  export type CouncilCreateWithoutPersonalBudgetsInput = {
    id?: string
    laCode: string
    name: string
    region: string
    createdAt?: Date | string
    people?: PersonCreateNestedManyWithoutCouncilInput
    deployments?: BudgetDeploymentCreateNestedManyWithoutCouncilInput
  }

  export type CouncilUncheckedCreateWithoutPersonalBudgetsInput = {
    id?: string
    laCode: string
    name: string
    region: string
    createdAt?: Date | string
    people?: PersonUncheckedCreateNestedManyWithoutCouncilInput
    deployments?: BudgetDeploymentUncheckedCreateNestedManyWithoutCouncilInput
  }

  export type CouncilCreateOrConnectWithoutPersonalBudgetsInput = {
    where: CouncilWhereUniqueInput
    create: XOR<CouncilCreateWithoutPersonalBudgetsInput, CouncilUncheckedCreateWithoutPersonalBudgetsInput>
  }

  export type PersonCreateWithoutPersonalBudgetsInput = {
    id?: string
    laPersonId: string
    nhsNumber?: string | null
    givenName: string
    familyName: string
    birthDate: Date | string
    deathDate?: Date | string | null
    gender: string
    ethnicity: string
    postcode: string
    clientType: string
    primarySupportReason: string
    accommodationStatus: string
    mentalCapacityForDp: string
    createdAt?: Date | string
    updatedAt?: Date | string
    council: CouncilCreateNestedOneWithoutPeopleInput
  }

  export type PersonUncheckedCreateWithoutPersonalBudgetsInput = {
    id?: string
    councilId: string
    laPersonId: string
    nhsNumber?: string | null
    givenName: string
    familyName: string
    birthDate: Date | string
    deathDate?: Date | string | null
    gender: string
    ethnicity: string
    postcode: string
    clientType: string
    primarySupportReason: string
    accommodationStatus: string
    mentalCapacityForDp: string
    createdAt?: Date | string
    updatedAt?: Date | string
  }

  export type PersonCreateOrConnectWithoutPersonalBudgetsInput = {
    where: PersonWhereUniqueInput
    create: XOR<PersonCreateWithoutPersonalBudgetsInput, PersonUncheckedCreateWithoutPersonalBudgetsInput>
  }

  export type BudgetDeploymentCreateWithoutBudgetInput = {
    id?: string
    mode: string
    annualAmountPence: number
    council: CouncilCreateNestedOneWithoutDeploymentsInput
  }

  export type BudgetDeploymentUncheckedCreateWithoutBudgetInput = {
    id?: string
    councilId: string
    mode: string
    annualAmountPence: number
  }

  export type BudgetDeploymentCreateOrConnectWithoutBudgetInput = {
    where: BudgetDeploymentWhereUniqueInput
    create: XOR<BudgetDeploymentCreateWithoutBudgetInput, BudgetDeploymentUncheckedCreateWithoutBudgetInput>
  }

  export type BudgetDeploymentCreateManyBudgetInputEnvelope = {
    data: BudgetDeploymentCreateManyBudgetInput | BudgetDeploymentCreateManyBudgetInput[]
    skipDuplicates?: boolean
  }

  export type CouncilUpsertWithoutPersonalBudgetsInput = {
    update: XOR<CouncilUpdateWithoutPersonalBudgetsInput, CouncilUncheckedUpdateWithoutPersonalBudgetsInput>
    create: XOR<CouncilCreateWithoutPersonalBudgetsInput, CouncilUncheckedCreateWithoutPersonalBudgetsInput>
    where?: CouncilWhereInput
  }

  export type CouncilUpdateToOneWithWhereWithoutPersonalBudgetsInput = {
    where?: CouncilWhereInput
    data: XOR<CouncilUpdateWithoutPersonalBudgetsInput, CouncilUncheckedUpdateWithoutPersonalBudgetsInput>
  }

  export type CouncilUpdateWithoutPersonalBudgetsInput = {
    id?: StringFieldUpdateOperationsInput | string
    laCode?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    people?: PersonUpdateManyWithoutCouncilNestedInput
    deployments?: BudgetDeploymentUpdateManyWithoutCouncilNestedInput
  }

  export type CouncilUncheckedUpdateWithoutPersonalBudgetsInput = {
    id?: StringFieldUpdateOperationsInput | string
    laCode?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    people?: PersonUncheckedUpdateManyWithoutCouncilNestedInput
    deployments?: BudgetDeploymentUncheckedUpdateManyWithoutCouncilNestedInput
  }

  export type PersonUpsertWithoutPersonalBudgetsInput = {
    update: XOR<PersonUpdateWithoutPersonalBudgetsInput, PersonUncheckedUpdateWithoutPersonalBudgetsInput>
    create: XOR<PersonCreateWithoutPersonalBudgetsInput, PersonUncheckedCreateWithoutPersonalBudgetsInput>
    where?: PersonWhereInput
  }

  export type PersonUpdateToOneWithWhereWithoutPersonalBudgetsInput = {
    where?: PersonWhereInput
    data: XOR<PersonUpdateWithoutPersonalBudgetsInput, PersonUncheckedUpdateWithoutPersonalBudgetsInput>
  }

  export type PersonUpdateWithoutPersonalBudgetsInput = {
    id?: StringFieldUpdateOperationsInput | string
    laPersonId?: StringFieldUpdateOperationsInput | string
    nhsNumber?: NullableStringFieldUpdateOperationsInput | string | null
    givenName?: StringFieldUpdateOperationsInput | string
    familyName?: StringFieldUpdateOperationsInput | string
    birthDate?: DateTimeFieldUpdateOperationsInput | Date | string
    deathDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    gender?: StringFieldUpdateOperationsInput | string
    ethnicity?: StringFieldUpdateOperationsInput | string
    postcode?: StringFieldUpdateOperationsInput | string
    clientType?: StringFieldUpdateOperationsInput | string
    primarySupportReason?: StringFieldUpdateOperationsInput | string
    accommodationStatus?: StringFieldUpdateOperationsInput | string
    mentalCapacityForDp?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    council?: CouncilUpdateOneRequiredWithoutPeopleNestedInput
  }

  export type PersonUncheckedUpdateWithoutPersonalBudgetsInput = {
    id?: StringFieldUpdateOperationsInput | string
    councilId?: StringFieldUpdateOperationsInput | string
    laPersonId?: StringFieldUpdateOperationsInput | string
    nhsNumber?: NullableStringFieldUpdateOperationsInput | string | null
    givenName?: StringFieldUpdateOperationsInput | string
    familyName?: StringFieldUpdateOperationsInput | string
    birthDate?: DateTimeFieldUpdateOperationsInput | Date | string
    deathDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    gender?: StringFieldUpdateOperationsInput | string
    ethnicity?: StringFieldUpdateOperationsInput | string
    postcode?: StringFieldUpdateOperationsInput | string
    clientType?: StringFieldUpdateOperationsInput | string
    primarySupportReason?: StringFieldUpdateOperationsInput | string
    accommodationStatus?: StringFieldUpdateOperationsInput | string
    mentalCapacityForDp?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type BudgetDeploymentUpsertWithWhereUniqueWithoutBudgetInput = {
    where: BudgetDeploymentWhereUniqueInput
    update: XOR<BudgetDeploymentUpdateWithoutBudgetInput, BudgetDeploymentUncheckedUpdateWithoutBudgetInput>
    create: XOR<BudgetDeploymentCreateWithoutBudgetInput, BudgetDeploymentUncheckedCreateWithoutBudgetInput>
  }

  export type BudgetDeploymentUpdateWithWhereUniqueWithoutBudgetInput = {
    where: BudgetDeploymentWhereUniqueInput
    data: XOR<BudgetDeploymentUpdateWithoutBudgetInput, BudgetDeploymentUncheckedUpdateWithoutBudgetInput>
  }

  export type BudgetDeploymentUpdateManyWithWhereWithoutBudgetInput = {
    where: BudgetDeploymentScalarWhereInput
    data: XOR<BudgetDeploymentUpdateManyMutationInput, BudgetDeploymentUncheckedUpdateManyWithoutBudgetInput>
  }

  export type CouncilCreateWithoutDeploymentsInput = {
    id?: string
    laCode: string
    name: string
    region: string
    createdAt?: Date | string
    people?: PersonCreateNestedManyWithoutCouncilInput
    personalBudgets?: PersonalBudgetCreateNestedManyWithoutCouncilInput
  }

  export type CouncilUncheckedCreateWithoutDeploymentsInput = {
    id?: string
    laCode: string
    name: string
    region: string
    createdAt?: Date | string
    people?: PersonUncheckedCreateNestedManyWithoutCouncilInput
    personalBudgets?: PersonalBudgetUncheckedCreateNestedManyWithoutCouncilInput
  }

  export type CouncilCreateOrConnectWithoutDeploymentsInput = {
    where: CouncilWhereUniqueInput
    create: XOR<CouncilCreateWithoutDeploymentsInput, CouncilUncheckedCreateWithoutDeploymentsInput>
  }

  export type PersonalBudgetCreateWithoutDeploymentsInput = {
    id?: string
    version?: number
    status: string
    annualTotalPence: number
    annualLaContributionPence: number
    annualPersonContributionPence: number
    effectiveFrom: Date | string
    effectiveTo?: Date | string | null
    createdAt?: Date | string
    council: CouncilCreateNestedOneWithoutPersonalBudgetsInput
    person: PersonCreateNestedOneWithoutPersonalBudgetsInput
  }

  export type PersonalBudgetUncheckedCreateWithoutDeploymentsInput = {
    id?: string
    councilId: string
    personId: string
    version?: number
    status: string
    annualTotalPence: number
    annualLaContributionPence: number
    annualPersonContributionPence: number
    effectiveFrom: Date | string
    effectiveTo?: Date | string | null
    createdAt?: Date | string
  }

  export type PersonalBudgetCreateOrConnectWithoutDeploymentsInput = {
    where: PersonalBudgetWhereUniqueInput
    create: XOR<PersonalBudgetCreateWithoutDeploymentsInput, PersonalBudgetUncheckedCreateWithoutDeploymentsInput>
  }

  export type CouncilUpsertWithoutDeploymentsInput = {
    update: XOR<CouncilUpdateWithoutDeploymentsInput, CouncilUncheckedUpdateWithoutDeploymentsInput>
    create: XOR<CouncilCreateWithoutDeploymentsInput, CouncilUncheckedCreateWithoutDeploymentsInput>
    where?: CouncilWhereInput
  }

  export type CouncilUpdateToOneWithWhereWithoutDeploymentsInput = {
    where?: CouncilWhereInput
    data: XOR<CouncilUpdateWithoutDeploymentsInput, CouncilUncheckedUpdateWithoutDeploymentsInput>
  }

  export type CouncilUpdateWithoutDeploymentsInput = {
    id?: StringFieldUpdateOperationsInput | string
    laCode?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    people?: PersonUpdateManyWithoutCouncilNestedInput
    personalBudgets?: PersonalBudgetUpdateManyWithoutCouncilNestedInput
  }

  export type CouncilUncheckedUpdateWithoutDeploymentsInput = {
    id?: StringFieldUpdateOperationsInput | string
    laCode?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    people?: PersonUncheckedUpdateManyWithoutCouncilNestedInput
    personalBudgets?: PersonalBudgetUncheckedUpdateManyWithoutCouncilNestedInput
  }

  export type PersonalBudgetUpsertWithoutDeploymentsInput = {
    update: XOR<PersonalBudgetUpdateWithoutDeploymentsInput, PersonalBudgetUncheckedUpdateWithoutDeploymentsInput>
    create: XOR<PersonalBudgetCreateWithoutDeploymentsInput, PersonalBudgetUncheckedCreateWithoutDeploymentsInput>
    where?: PersonalBudgetWhereInput
  }

  export type PersonalBudgetUpdateToOneWithWhereWithoutDeploymentsInput = {
    where?: PersonalBudgetWhereInput
    data: XOR<PersonalBudgetUpdateWithoutDeploymentsInput, PersonalBudgetUncheckedUpdateWithoutDeploymentsInput>
  }

  export type PersonalBudgetUpdateWithoutDeploymentsInput = {
    id?: StringFieldUpdateOperationsInput | string
    version?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    annualTotalPence?: IntFieldUpdateOperationsInput | number
    annualLaContributionPence?: IntFieldUpdateOperationsInput | number
    annualPersonContributionPence?: IntFieldUpdateOperationsInput | number
    effectiveFrom?: DateTimeFieldUpdateOperationsInput | Date | string
    effectiveTo?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    council?: CouncilUpdateOneRequiredWithoutPersonalBudgetsNestedInput
    person?: PersonUpdateOneRequiredWithoutPersonalBudgetsNestedInput
  }

  export type PersonalBudgetUncheckedUpdateWithoutDeploymentsInput = {
    id?: StringFieldUpdateOperationsInput | string
    councilId?: StringFieldUpdateOperationsInput | string
    personId?: StringFieldUpdateOperationsInput | string
    version?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    annualTotalPence?: IntFieldUpdateOperationsInput | number
    annualLaContributionPence?: IntFieldUpdateOperationsInput | number
    annualPersonContributionPence?: IntFieldUpdateOperationsInput | number
    effectiveFrom?: DateTimeFieldUpdateOperationsInput | Date | string
    effectiveTo?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type PersonCreateManyCouncilInput = {
    id?: string
    laPersonId: string
    nhsNumber?: string | null
    givenName: string
    familyName: string
    birthDate: Date | string
    deathDate?: Date | string | null
    gender: string
    ethnicity: string
    postcode: string
    clientType: string
    primarySupportReason: string
    accommodationStatus: string
    mentalCapacityForDp: string
    createdAt?: Date | string
    updatedAt?: Date | string
  }

  export type PersonalBudgetCreateManyCouncilInput = {
    id?: string
    personId: string
    version?: number
    status: string
    annualTotalPence: number
    annualLaContributionPence: number
    annualPersonContributionPence: number
    effectiveFrom: Date | string
    effectiveTo?: Date | string | null
    createdAt?: Date | string
  }

  export type BudgetDeploymentCreateManyCouncilInput = {
    id?: string
    budgetId: string
    mode: string
    annualAmountPence: number
  }

  export type PersonUpdateWithoutCouncilInput = {
    id?: StringFieldUpdateOperationsInput | string
    laPersonId?: StringFieldUpdateOperationsInput | string
    nhsNumber?: NullableStringFieldUpdateOperationsInput | string | null
    givenName?: StringFieldUpdateOperationsInput | string
    familyName?: StringFieldUpdateOperationsInput | string
    birthDate?: DateTimeFieldUpdateOperationsInput | Date | string
    deathDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    gender?: StringFieldUpdateOperationsInput | string
    ethnicity?: StringFieldUpdateOperationsInput | string
    postcode?: StringFieldUpdateOperationsInput | string
    clientType?: StringFieldUpdateOperationsInput | string
    primarySupportReason?: StringFieldUpdateOperationsInput | string
    accommodationStatus?: StringFieldUpdateOperationsInput | string
    mentalCapacityForDp?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    personalBudgets?: PersonalBudgetUpdateManyWithoutPersonNestedInput
  }

  export type PersonUncheckedUpdateWithoutCouncilInput = {
    id?: StringFieldUpdateOperationsInput | string
    laPersonId?: StringFieldUpdateOperationsInput | string
    nhsNumber?: NullableStringFieldUpdateOperationsInput | string | null
    givenName?: StringFieldUpdateOperationsInput | string
    familyName?: StringFieldUpdateOperationsInput | string
    birthDate?: DateTimeFieldUpdateOperationsInput | Date | string
    deathDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    gender?: StringFieldUpdateOperationsInput | string
    ethnicity?: StringFieldUpdateOperationsInput | string
    postcode?: StringFieldUpdateOperationsInput | string
    clientType?: StringFieldUpdateOperationsInput | string
    primarySupportReason?: StringFieldUpdateOperationsInput | string
    accommodationStatus?: StringFieldUpdateOperationsInput | string
    mentalCapacityForDp?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    personalBudgets?: PersonalBudgetUncheckedUpdateManyWithoutPersonNestedInput
  }

  export type PersonUncheckedUpdateManyWithoutCouncilInput = {
    id?: StringFieldUpdateOperationsInput | string
    laPersonId?: StringFieldUpdateOperationsInput | string
    nhsNumber?: NullableStringFieldUpdateOperationsInput | string | null
    givenName?: StringFieldUpdateOperationsInput | string
    familyName?: StringFieldUpdateOperationsInput | string
    birthDate?: DateTimeFieldUpdateOperationsInput | Date | string
    deathDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    gender?: StringFieldUpdateOperationsInput | string
    ethnicity?: StringFieldUpdateOperationsInput | string
    postcode?: StringFieldUpdateOperationsInput | string
    clientType?: StringFieldUpdateOperationsInput | string
    primarySupportReason?: StringFieldUpdateOperationsInput | string
    accommodationStatus?: StringFieldUpdateOperationsInput | string
    mentalCapacityForDp?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type PersonalBudgetUpdateWithoutCouncilInput = {
    id?: StringFieldUpdateOperationsInput | string
    version?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    annualTotalPence?: IntFieldUpdateOperationsInput | number
    annualLaContributionPence?: IntFieldUpdateOperationsInput | number
    annualPersonContributionPence?: IntFieldUpdateOperationsInput | number
    effectiveFrom?: DateTimeFieldUpdateOperationsInput | Date | string
    effectiveTo?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    person?: PersonUpdateOneRequiredWithoutPersonalBudgetsNestedInput
    deployments?: BudgetDeploymentUpdateManyWithoutBudgetNestedInput
  }

  export type PersonalBudgetUncheckedUpdateWithoutCouncilInput = {
    id?: StringFieldUpdateOperationsInput | string
    personId?: StringFieldUpdateOperationsInput | string
    version?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    annualTotalPence?: IntFieldUpdateOperationsInput | number
    annualLaContributionPence?: IntFieldUpdateOperationsInput | number
    annualPersonContributionPence?: IntFieldUpdateOperationsInput | number
    effectiveFrom?: DateTimeFieldUpdateOperationsInput | Date | string
    effectiveTo?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    deployments?: BudgetDeploymentUncheckedUpdateManyWithoutBudgetNestedInput
  }

  export type PersonalBudgetUncheckedUpdateManyWithoutCouncilInput = {
    id?: StringFieldUpdateOperationsInput | string
    personId?: StringFieldUpdateOperationsInput | string
    version?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    annualTotalPence?: IntFieldUpdateOperationsInput | number
    annualLaContributionPence?: IntFieldUpdateOperationsInput | number
    annualPersonContributionPence?: IntFieldUpdateOperationsInput | number
    effectiveFrom?: DateTimeFieldUpdateOperationsInput | Date | string
    effectiveTo?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type BudgetDeploymentUpdateWithoutCouncilInput = {
    id?: StringFieldUpdateOperationsInput | string
    mode?: StringFieldUpdateOperationsInput | string
    annualAmountPence?: IntFieldUpdateOperationsInput | number
    budget?: PersonalBudgetUpdateOneRequiredWithoutDeploymentsNestedInput
  }

  export type BudgetDeploymentUncheckedUpdateWithoutCouncilInput = {
    id?: StringFieldUpdateOperationsInput | string
    budgetId?: StringFieldUpdateOperationsInput | string
    mode?: StringFieldUpdateOperationsInput | string
    annualAmountPence?: IntFieldUpdateOperationsInput | number
  }

  export type BudgetDeploymentUncheckedUpdateManyWithoutCouncilInput = {
    id?: StringFieldUpdateOperationsInput | string
    budgetId?: StringFieldUpdateOperationsInput | string
    mode?: StringFieldUpdateOperationsInput | string
    annualAmountPence?: IntFieldUpdateOperationsInput | number
  }

  export type PersonalBudgetCreateManyPersonInput = {
    id?: string
    councilId: string
    version?: number
    status: string
    annualTotalPence: number
    annualLaContributionPence: number
    annualPersonContributionPence: number
    effectiveFrom: Date | string
    effectiveTo?: Date | string | null
    createdAt?: Date | string
  }

  export type PersonalBudgetUpdateWithoutPersonInput = {
    id?: StringFieldUpdateOperationsInput | string
    version?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    annualTotalPence?: IntFieldUpdateOperationsInput | number
    annualLaContributionPence?: IntFieldUpdateOperationsInput | number
    annualPersonContributionPence?: IntFieldUpdateOperationsInput | number
    effectiveFrom?: DateTimeFieldUpdateOperationsInput | Date | string
    effectiveTo?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    council?: CouncilUpdateOneRequiredWithoutPersonalBudgetsNestedInput
    deployments?: BudgetDeploymentUpdateManyWithoutBudgetNestedInput
  }

  export type PersonalBudgetUncheckedUpdateWithoutPersonInput = {
    id?: StringFieldUpdateOperationsInput | string
    councilId?: StringFieldUpdateOperationsInput | string
    version?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    annualTotalPence?: IntFieldUpdateOperationsInput | number
    annualLaContributionPence?: IntFieldUpdateOperationsInput | number
    annualPersonContributionPence?: IntFieldUpdateOperationsInput | number
    effectiveFrom?: DateTimeFieldUpdateOperationsInput | Date | string
    effectiveTo?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    deployments?: BudgetDeploymentUncheckedUpdateManyWithoutBudgetNestedInput
  }

  export type PersonalBudgetUncheckedUpdateManyWithoutPersonInput = {
    id?: StringFieldUpdateOperationsInput | string
    councilId?: StringFieldUpdateOperationsInput | string
    version?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    annualTotalPence?: IntFieldUpdateOperationsInput | number
    annualLaContributionPence?: IntFieldUpdateOperationsInput | number
    annualPersonContributionPence?: IntFieldUpdateOperationsInput | number
    effectiveFrom?: DateTimeFieldUpdateOperationsInput | Date | string
    effectiveTo?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type BudgetDeploymentCreateManyBudgetInput = {
    id?: string
    councilId: string
    mode: string
    annualAmountPence: number
  }

  export type BudgetDeploymentUpdateWithoutBudgetInput = {
    id?: StringFieldUpdateOperationsInput | string
    mode?: StringFieldUpdateOperationsInput | string
    annualAmountPence?: IntFieldUpdateOperationsInput | number
    council?: CouncilUpdateOneRequiredWithoutDeploymentsNestedInput
  }

  export type BudgetDeploymentUncheckedUpdateWithoutBudgetInput = {
    id?: StringFieldUpdateOperationsInput | string
    councilId?: StringFieldUpdateOperationsInput | string
    mode?: StringFieldUpdateOperationsInput | string
    annualAmountPence?: IntFieldUpdateOperationsInput | number
  }

  export type BudgetDeploymentUncheckedUpdateManyWithoutBudgetInput = {
    id?: StringFieldUpdateOperationsInput | string
    councilId?: StringFieldUpdateOperationsInput | string
    mode?: StringFieldUpdateOperationsInput | string
    annualAmountPence?: IntFieldUpdateOperationsInput | number
  }



  /**
   * Batch Payload for updateMany & deleteMany & createMany
   */

  export type BatchPayload = {
    count: number
  }

  /**
   * DMMF
   */
  export const dmmf: runtime.BaseDMMF
}